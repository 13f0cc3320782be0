import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseVtt, type Cue } from '../courses/vtt.ts';
import { contentRoot } from './content-root.ts';

/** The cues of a caption file given by its `/media/...` path, for a lesson's transcript. */
export function readCaptionCues(mediaPath: string): Cue[] {
  const file = path.join(contentRoot(), mediaPath);
  try {
    return parseVtt(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`字幕文件 ${file} 无法读取：${(error as Error).message}`, { cause: error });
  }
}
