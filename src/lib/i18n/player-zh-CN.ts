/**
 * The video player's strings: what video.js 8's own zh-CN pack
 * (`video.js/dist/lang/zh-CN.json`) lacks, and the entries it words in a way
 * a cadre would not (“内嵌字幕”, “开启音效”, “节目段落”, a settings dialog
 * called “标题设置”). Merged over that pack when the player loads;
 * player-zh-CN.test.ts checks that every string video.js can show is covered.
 */
export const PLAYER_ZH_CN: Readonly<Record<string, string>> = {
  // Missing from video.js's pack.
  'This is a modal window.': '这是一个对话框。',
  'Skip Forward': '快进',
  'Skip Backward': '快退',
  Time: '时间',
  'Playing in picture-in-picture': '正在画中画中播放',
  chapters: '章节',
  captions: '字幕',
  subtitles: '字幕',
  descriptions: '描述',
  ', opens ': '，打开',
  // Reworded.
  Captions: '字幕',
  'captions off': '关闭字幕',
  Subtitles: '字幕',
  'subtitles off': '关闭字幕',
  Chapters: '章节',
  Unmute: '取消静音',
  'Modal Window': '对话框',
  'Close Modal Dialog': '关闭对话框',
  ', selected': '，已选择',
  ', opens captions settings dialog': '，打开字幕设置对话框',
  ', opens subtitles settings dialog': '，打开字幕设置对话框',
  ', opens descriptions settings dialog': '，打开描述设置对话框',
  'captions settings': '字幕设置',
  'subtitles settings': '字幕设置',
  'descriptions settings': '描述设置',
  'Caption Settings Dialog': '字幕设置对话框',
  'Beginning of dialog window. Escape will cancel and close the window.': '对话框开始。按退出键可以取消并关闭对话框。',
  'End of dialog window.': '对话框结束。',
  'This modal can be closed by pressing the Escape key or activating the close button.':
    '按退出键或“关闭”按钮可以关闭此对话框。',
  'Drop shadow': '投影',
  'Font Size': '字号',
  'Font Family': '字体',
  'Text Edge Style': '文字边缘',
};
