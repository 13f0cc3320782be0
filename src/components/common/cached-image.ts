import { getImage } from 'astro:assets';

type Options = Parameters<typeof getImage>[0];
type Result = ReturnType<typeof getImage>;

const results = new Map<string, Result>();

/**
 * Astro's `getImage`, once per source image and options in a build. At 10,000 homes the pages ask
 * for the same few dozen transforms 100,000 times, and each ask hashed its options again
 * (`hashTransform`): 6.7 of the 35 s of rendering (CPU profile of the Astro step). The first ask
 * registers the transform for the image step as before; the same options give the same result.
 */
export function cachedImage(options: Options): Result {
  const { src } = options;
  const key = JSON.stringify({ ...options, src: typeof src === 'object' && 'src' in src ? src.src : src });
  let result = results.get(key);
  if (!result) {
    result = getImage(options);
    results.set(key, result);
  }
  return result;
}
