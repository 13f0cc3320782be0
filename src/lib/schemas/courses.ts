import { z } from 'astro/zod';
import { AUDIENCES, COURSE_TOPICS } from '../domain/vocab.ts';
import { isoDate, mediaPath, sampleFlag, slug, text } from './common.ts';

/** A web course (网上培训, art. 6): a series of video lessons. */
export const courseSchema = z.strictObject({
  title: text,
  /** One of the training topics of art. 6. */
  topic: z.enum(COURSE_TOPICS),
  /** Who the course is for. */
  audience: z.array(z.enum(AUDIENCES)).min(1, { error: '至少选择一类学员' }),
  summary: text,
  /** Ids of courses to take first. */
  prerequisites: z.array(slug).default([]),
  /** Date the course was published. */
  published: isoDate,
  /** Date of the last change, for "what is new". */
  updated: isoDate.optional(),
  sample: sampleFlag,
});
export type CourseData = z.infer<typeof courseSchema>;

const videoType = z.enum(['video/mp4', 'video/webm', 'application/x-mpegURL'], {
  error: '视频类型只能是 video/mp4、video/webm 或 application/x-mpegURL（HLS）',
});

const quizQuestion = z
  .strictObject({
    question: text,
    options: z.array(text).min(2, { error: '至少两个选项' }).max(6, { error: '最多六个选项' }),
    /** Index of the correct option, counting from 0. */
    answer: z.number().int().min(0),
    explanation: z.string().optional(),
  })
  .refine((q) => q.answer < q.options.length, {
    error: '正确答案的序号超出了选项数量（从 0 开始计数）',
    path: ['answer'],
  });

/** A lesson of a course: one video with captions, chapters and an optional quiz. */
export const lessonSchema = z.strictObject({
  title: text,
  /** Position in the course, from 1. */
  order: z.number().int().positive(),
  /** Length of the video in seconds. */
  duration: z.number().positive({ error: '视频时长应为正数（秒）' }),
  /** Video files; give MP4 and WebM, and HLS (.m3u8) where available. */
  videos: z.array(z.strictObject({ src: mediaPath, type: videoType })).min(1, { error: '至少要有一个视频文件' }),
  /** Poster image shown before playing. */
  poster: mediaPath.optional(),
  /** Caption tracks (WebVTT); a zh-CN track is required for accessibility. */
  captions: z
    .array(
      z.strictObject({ src: mediaPath, srclang: z.string().default('zh-CN'), label: z.string().default('中文字幕') }),
    )
    .min(1, { error: '每个课程视频都必须有字幕（WebVTT 文件）' }),
  /** Chapter markers. */
  chapters: z.array(z.strictObject({ time: z.number().min(0), title: text })).default([]),
  /** Downloadable material. */
  materials: z.array(z.strictObject({ title: text, href: z.string() })).default([]),
  /** Optional short quiz, checked in the browser. */
  quiz: z.array(quizQuestion).optional(),
  /** Share of questions to answer correctly to pass, 0-1. */
  passMark: z.number().min(0).max(1).default(0.6),
  published: isoDate,
  summary: z.string().optional(),
  sample: sampleFlag,
});
export type LessonData = z.infer<typeof lessonSchema>;
