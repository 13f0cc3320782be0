import { serialKey } from '../lib/verify/serial-key.ts';

/** Looks up a hand-typed serial in the static index and opens its verification page. */
export function startVerify() {
  const form = document.querySelector<HTMLFormElement>('#verify-form');
  const input = document.querySelector<HTMLInputElement>('#serial');
  const result = document.querySelector<HTMLElement>('#verify-result');
  if (!form || !input || !result) return;
  let index: Promise<Record<string, string>> | undefined;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    index ??= fetch('/verify/index.json').then((r) => r.json() as Promise<Record<string, string>>);
    const slug = (await index)[serialKey(input.value)];
    if (slug) location.href = `/verify/${slug}/`;
    else result.textContent = `没有找到编号为“${input.value.trim()}”的证书。请核对编号；如有疑问，请联系命名单位。`;
  });
}
