import { lookUp, type VerifyIndex } from '../lib/verify/lookup.ts';
import { VERIFY_JSON, verifyHref } from '../lib/routes/urls.ts';

/** Looks up a hand-typed serial in the static index and opens its verification page. */
export function startVerify() {
  const form = document.querySelector<HTMLFormElement>('#verify-form');
  const input = document.querySelector<HTMLInputElement>('#serial');
  const result = document.querySelector<HTMLElement>('#verify-result');
  if (!form || !input || !result) return;
  let index: Promise<VerifyIndex> | undefined;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    index ??= fetch(VERIFY_JSON).then((r) => r.json() as Promise<VerifyIndex>);
    const found = lookUp(await index, input.value);
    const [first] = found;
    if (found.length === 1 && first) {
      location.href = verifyHref(first[0]);
      return;
    }
    if (found.length === 0) {
      result.textContent = `没有找到编号为“${input.value.trim()}”的证书。请核对编号；如有疑问，请联系命名单位。`;
      return;
    }
    const list = document.createElement('ul');
    for (const [slug, serial] of found) {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href: verifyHref(slug), textContent: serial }));
      list.append(item);
    }
    result.replaceChildren(`有 ${found.length} 张证书与“${input.value.trim()}”相符，请选择：`, list);
  });
}
