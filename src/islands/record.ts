import './zod-jitless.ts';
import type { CourseTopic } from '../lib/domain/vocab.ts';
import type { Progress } from '../lib/learning/progress-schema.ts';
import { browserStorage, createProgressStore, exportProgress, importProgress } from '../lib/learning/store.ts';
import { yearSummary, type CatalogLesson, type CreditRules } from '../lib/learning/study-hours.ts';

// 我的学习档案: this year's study hours against the yearly minimum, per
// topic and per lesson, with export, import and printing.

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
  const store = createProgressStore(browserStorage());
  const loaded = store.load();
  let data: Progress = loaded.data;
  const notice = $('record-notice');
  notice.textContent = loaded.notice ?? '';
  $('record').hidden = false;

  const yearSelect = $<HTMLSelectElement>('record-year');
  const thisYear = new Date().getFullYear();
  function years(): number[] {
    const set = new Set([thisYear]);
    for (const l of Object.values(data.lessons)) if (l.completedAt) set.add(Number(l.completedAt.slice(0, 4)));
    return [...set].sort((a, b) => b - a);
  }
  function fillYears() {
    const current = Number(yearSelect.value) || thisYear;
    yearSelect.replaceChildren(...years().map((y) => new Option(String(y), String(y), false, y === current)));
  }

  function render() {
    const year = Number(yearSelect.value) || thisYear;
    const s = yearSummary(data, catalog, year, rules);
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
        link.href = `/courses/${c.lessonId}/`;
        link.textContent = c.title;
        const title = cell('');
        title.append(link);
        tr.append(cell(c.date), title, cell(topics[c.topic] ?? c.topic), cell(fmt(c.hours)));
        return tr;
      }),
    );
    $('record-empty').hidden = s.completed.length > 0;
  }

  yearSelect.addEventListener('change', render);
  $('record-print').addEventListener('click', () => print());
  $('record-export').addEventListener('click', () => {
    const blob = new Blob([exportProgress(data)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `学习记录-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  $<HTMLInputElement>('record-import').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = importProgress(await file.text(), data);
    if (!result.ok) {
      notice.textContent = result.error;
      return;
    }
    data = result.data;
    const saved = store.save(data);
    notice.textContent = [result.notice, saved.notice].filter(Boolean).join(' ');
    fillYears();
    render();
  });
  fillYears();
  render();
}
