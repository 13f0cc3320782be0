/**
 * What the learning pages tell a cadre about their stored progress. Each
 * message says what happened, why, then what to do (house style, after
 * Astro's error catalogue).
 */
const RECORD_PAGE = '“我的学习档案”页';

export const learningMessages = {
  /** The head of the record (before version 3: the whole record) could not be read. */
  recordDamaged: (kept: boolean) =>
    kept
      ? `本机保存的学习记录有一部分已损坏，无法读取，其中的学时暂时不能计入。原内容已原样另存为备份，没有删除，可以在${RECORD_PAGE}下载；其余记录照常保存。如果以前导出过学习记录文件，可以用“导入学习记录”恢复。`
      : '本机保存的学习记录有一部分已损坏，无法读取；因浏览器存储空间不足，未能另存备份，原内容仍留在浏览器中，没有删除。请清理本站以外的浏览器数据后刷新页面。',
  /** Lesson entries that could not be read. */
  lessonsDamaged: (count: number, kept: boolean) =>
    kept
      ? `有 ${count} 节课时的学习记录已损坏，无法读取，暂时不能计入学时。原内容已原样另存为备份，没有删除，可以在${RECORD_PAGE}下载；其余课时的记录正常。`
      : `有 ${count} 节课时的学习记录已损坏，无法读取；因浏览器存储空间不足，未能另存备份，原内容仍留在浏览器中，没有删除。请清理本站以外的浏览器数据后刷新页面。`,
  foreign: (kept: boolean) =>
    `本机浏览器中与学习记录同名的数据不是本站的学习记录（可能由其他网页程序写入）。` +
    (kept
      ? `这份数据已原样另存为备份，没有删除，可以在${RECORD_PAGE}下载；本站的学习记录照常保存。`
      : '因浏览器存储空间不足，未能另存备份，这份数据仍留在原处，没有删除。'),
  unreadable:
    '无法读取浏览器的本地存储（可能禁用了网站数据，或正处于无痕/隐私浏览模式），本次的学习进度只保存在当前页面中，关闭页面后会丢失。请允许本站保存数据，或在离开前导出学习记录。',
  newer: (version: number, known: number) =>
    `本机的学习记录由更新版本的网站保存（记录格式第 ${version} 版，本页面只支持到第 ${known} 版）。为避免覆盖，本页面只显示记录，不保存新的学习进度。请刷新页面，载入最新版本的网站后继续学习。`,
  quotaExceeded:
    '浏览器的存储空间已满，学习进度未能保存，本次进度只保留在当前页面中。请清理本站以外的浏览器数据，或先导出学习记录再继续学习。',
  saveDenied:
    '浏览器不允许本站保存数据（可能禁用了网站数据，或正处于无痕/隐私浏览模式），学习进度未能保存，关闭页面后会丢失。请允许本站保存数据，或在离开前导出学习记录。',
  importNotJson: '所选文件不是有效的学习记录：内容不是 JSON 格式。请选择本站“导出学习记录”生成的 .json 文件。',
  importForeign: '所选文件不是本站的学习记录。请选择本站“导出学习记录”生成的 .json 文件。',
  importDamaged: '所选文件是本站的学习记录，但内容已损坏，无法读取。请选择另一份导出文件。',
  importNewer: (version: number, known: number) =>
    `所选文件由更新版本的网站导出（记录格式第 ${version} 版，本页面只支持到第 ${known} 版），无法导入。请刷新页面，载入最新版本的网站后再导入。`,
  importDone: (count: number, dropped: number) =>
    `已导入 ${count} 节课程的学习记录，并与本机记录合并。` +
    (dropped > 0 ? `文件中另有 ${dropped} 节课程的记录已损坏，未导入。` : ''),
} as const;

/** Name shown in the header of an exported file. */
export const EXPORT_APP_NAME = '职工之家网上培训学习记录';
