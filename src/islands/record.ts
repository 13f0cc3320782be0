import './zod-jitless.ts';
import type { CourseTopic } from '../lib/domain/vocab.ts';
import { formatDate } from '../lib/format.ts';
import { STORAGE_KEY, localIsoDate, type Progress } from '../lib/learning/progress-schema.ts';
import {
  browserStorage,
  createProgressStore,
  exportProgress,
  importProgress,
  isLearningKey,
} from '../lib/learning/store.ts';
import { yearSummary, type CatalogLesson, type CreditRules } from '../lib/learning/study-hours.ts';
import { showBackups } from './record-backups.ts';
import { lessonHref } from '../lib/routes/urls.ts';

// 我的学习档案: this year's study hours against the yearly minimum, per
// topic and per lesson, with export, import, printing and the backups of
// damaged entries. Refreshes when another tab changes the record.

interface Catalog {
  catalog: CatalogLesson[];
  rules: CreditRules;
  topics: Record<CourseTopic, string>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fmt = (n: number) => String(Math.round(n * 100) / 100);

function cell(text: string, header = false) {
  const el = document.createElement(header ? 'th' : 'td');
  if (header) el.setAttribute('scope', 'row');
  el.textContent = text;
  return el;
}

export function startRecord() {
  const { catalog, rules, topics } = JSON.parse($('catalog').textContent ?? '{}') as Catalog;
  const titles = new Map(catalog.map((l) => [l.id, l.title]));
  const store = createProgressStore(browserStorage());
  let data: Progress = store.all();
  /** What the last import said; kept until the next one. */
  let imported = '';
  const notice = $('record-notice');
  const nameInput = $<HTMLInputElement>('record-name');
  $('record').hidden = false;

  const yearSelect = $<HTMLSelectElement>('record-year');
  const thisYear = new Date().getFullYear();
  function fillYears() {
    const set = new Set([thisYear]);
    for (const l of Object.values(data.lessons)) if (l.completedAt) set.add(Number(l.completedAt.slice(0, 4)));
    const current = Number(yearSelect.value) || thisYear;
    yearSelect.replaceChildren(
      ...[...set].sort((a, b) => b - a).map((y) => new Option(String(y), String(y), false, y === current)),
    );
  }

  function render() {
    const year = Number(yearSelect.value) || thisYear;
    const s = yearSummary(data, catalog, year, rules);
    notice.textContent = [imported, ...store.notices()].filter(Boolean).join(' ');
    $('record-year-label').textContent = String(year);
    $('record-hours').textContent = fmt(s.hours);
    $<HTMLProgressElement>('record-progress').value = Math.min(s.hours, s.requiredHours);
    $('record-remaining').textContent = s.remaining > 0 ? `还差 ${fmt(s.remaining)} 学时。` : '已达到年度要求。';
    $('record-topics').replaceChildren(
      ...Object.entries(s.byTopic).map(([topic, hours]) => {
        const tr = document.createElement('tr');
        tr.append(cell(topics[topic as CourseTopic] ?? topic, true), cell(fmt(hours)));
        return tr;
      }),
    );
    $('record-lessons').replaceChildren(
      ...s.completed.map((c) => {
        const tr = document.createElement('tr');
        const link = document.createElement('a');
        link.href = lessonHref(c.lessonId);
        link.textContent = c.title;
        const title = cell('');
        title.append(link);
        tr.append(cell(c.date), title, cell(topics[c.topic] ?? c.topic), cell(fmt(c.hours)));
        return tr;
      }),
    );
    $('record-empty').hidden = s.completed.length > 0;
    showBackups(store, titles, refresh);
    printHead();
  }

  function printHead() {
    $('record-print-name').textContent = nameInput.value.trim();
    $('record-print-date').textContent = formatDate(localIsoDate(new Date()));
  }

  function refresh() {
    data = store.all();
    fillYears();
    render();
  }

  yearSelect.addEventListener('change', render);
  nameInput.value = store.learnerName();
  nameInput.addEventListener('change', () => {
    const saved = store.setLearnerName(nameInput.value);
    if (saved.notice) notice.textContent = saved.notice;
    printHead();
  });
  nameInput.addEventListener('input', printHead);
  addEventListener('beforeprint', printHead);
  $('record-print').addEventListener('click', () => print());
  $('record-export').addEventListener('click', () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([exportProgress(store.all())], { type: 'application/json' }));
    a.download = `学习记录-${localIsoDate(new Date())}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  $<HTMLInputElement>('record-import').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = importProgress(await file.text());
    input.value = '';
    if (!result.ok) {
      imported = result.error;
      return render();
    }
    const saved = store.mergeRecord(result.data);
    imported = [result.notice, saved.notice].filter(Boolean).join(' ');
    refresh();
  });
  // Another tab saved a lesson, imported, or found damage: show the record as it is now.
  let pending = 0;
  addEventListener('storage', (event) => {
    if (!isLearningKey(event.key)) return;
    if (event.key === null || event.key === STORAGE_KEY) nameInput.value = store.learnerName();
    clearTimeout(pending);
    pending = window.setTimeout(refresh, 100);
  });
  refresh();
}
