import { backupFileName, type Backup } from '../lib/learning/backups.ts';
import type { ProgressStore } from '../lib/learning/store.ts';

// The record page's list of damaged entries kept aside, each with a download
// and a delete button.

const REASONS = { damaged: '已损坏，无法读取', foreign: '不是本站的学习记录' } as const;

function download(name: string, text: string, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function button(text: string, label: string, onClick: () => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button-plain';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/** Fills the list; `titles` names lessons by id; `changed` runs after a backup was deleted. */
export function showBackups(store: ProgressStore, titles: ReadonlyMap<string, string>, changed: () => void) {
  const section = document.getElementById('record-backups');
  const list = document.getElementById('record-backup-list');
  if (!section || !list) return;
  const backups = store.backups();
  section.hidden = backups.length === 0;
  list.replaceChildren(
    ...backups.map((b: Backup) => {
      const what = b.lessonId === null ? '整份学习记录' : `课时：${titles.get(b.lessonId) ?? b.lessonId}`;
      const when = b.savedAt ? b.savedAt.slice(0, 16).replace('T', ' ') : '时间不详';
      const tr = document.createElement('tr');
      const cells = [when, what, `${REASONS[b.reason]}（${b.text.length.toLocaleString('zh-CN')} 个字符）`].map(
        (text) => {
          const td = document.createElement('td');
          td.textContent = text;
          return td;
        },
      );
      const actions = document.createElement('td');
      const name = backupFileName(b);
      actions.append(
        button('下载', `下载备份：${what}（${when}）`, () =>
          download(name, b.text, name.endsWith('.json') ? 'application/json' : 'text/plain'),
        ),
        button('删除', `删除备份：${what}（${when}）`, () => {
          if (!confirm(`删除这份备份（${what}，${when}）？删除后无法恢复，请先下载保存。`)) return;
          store.removeBackup(b.key);
          changed();
        }),
      );
      tr.append(...cells, actions);
      return tr;
    }),
  );
}
