import { stringify } from 'yaml';
import { AUDIENCES, COURSE_TOPICS, COURSE_TOPIC_LABELS } from '../domain/vocab.ts';
import type { CourseData, LessonData } from '../schemas/courses.ts';
import { between, dayIn, pick, sample, type Random } from './random.ts';
import { paragraph } from './text.ts';

/** A lesson video already in the corpus's media folder: `/media/lessons/<base>.{mp4,webm,jpg,zh-CN.vtt}`. */
export interface LessonMedia {
  base: string;
  /** Length of the video in seconds. */
  duration: number;
}

const LESSON_TITLES = [
  '劳动合同的订立与试用期',
  '工资支付与加班工资',
  '工伤认定的程序',
  '集体协商怎么谈',
  '职工代表大会的职权',
  '高温天气的劳动保护',
  '危险源辨识与隐患排查',
  '职工心理疏导的基本方法',
  '基层工会直选八步',
  '职工之家的八有标准',
  '办实事公开承诺怎么做',
  '娘家人的一天',
];

/** The files of one course: `courses/<id>/index.md` and its lessons, reusing the given videos. */
export function courseFiles(rnd: Random, i: number, media: readonly LessonMedia[]): Map<string, string> {
  if (!media.length) throw new RangeError('courseFiles: no lesson media to reuse');
  const topic = COURSE_TOPICS[i % COURSE_TOPICS.length]!;
  const id = `${topic}-${String(i + 1).padStart(3, '0')}`;
  const published = dayIn(rnd, between(rnd, 2020, 2025));
  const course: CourseData = {
    title: `${COURSE_TOPIC_LABELS[topic]}专题（示例第 ${i + 1} 期）`,
    topic,
    audience: sample(rnd, AUDIENCES, between(rnd, 1, 3)),
    summary: paragraph(rnd, 1),
    prerequisites: [],
    published,
    sample: true,
  };
  const files = new Map<string, string>();
  files.set(
    `courses/${id}/index.md`,
    `---\n${stringify(course, { lineWidth: 0 })}---\n\n## 课程简介\n\n${paragraph(rnd, 3)}\n`,
  );
  const lessons = between(rnd, 2, 4);
  for (let n = 1; n <= lessons; n++) {
    const video = pick(rnd, media);
    const src = (ext: string) => `/media/lessons/${video.base}.${ext}`;
    const lesson: LessonData = {
      title: pick(rnd, LESSON_TITLES),
      order: n,
      duration: video.duration,
      videos: [
        { src: src('mp4'), type: 'video/mp4' },
        { src: src('webm'), type: 'video/webm' },
      ],
      poster: src('jpg'),
      captions: [{ src: src('zh-CN.vtt'), srclang: 'zh-CN', label: '中文字幕' }],
      chapters: [
        { time: 0, title: '导入' },
        { time: Math.floor(video.duration / 2), title: '要点' },
      ],
      materials: [{ title: '文字稿（字幕文件）', href: src('zh-CN.vtt') }],
      quiz: [
        {
          question: '基层工会干部每年参加学习培训累计一般不少于几天？',
          options: ['3 天', '5 天', '7 天'],
          answer: 2,
        },
      ],
      passMark: 0.6,
      published,
      summary: paragraph(rnd, 1),
      sample: true,
    };
    files.set(
      `courses/${id}/${String(n).padStart(2, '0')}-lesson.md`,
      `---\n${stringify(lesson, { lineWidth: 0 })}---\n\n## 本节要点\n\n${paragraph(rnd, between(rnd, 3, 5))}\n`,
    );
  }
  return files;
}
