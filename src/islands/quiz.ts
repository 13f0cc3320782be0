/** Checks a lesson's quiz in the browser, shows each answer's feedback and reports the score. */
export function startQuiz(onResult: (score: number, passMark: number) => void) {
  const form = document.querySelector<HTMLFormElement>('#quiz-form');
  const result = document.querySelector<HTMLElement>('#quiz-result');
  if (!form || !result) return;
  const passMark = Number(form.dataset['passMark'] ?? '0.6');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-answer]')];
    let right = 0;
    sets.forEach((set, i) => {
      const chosen = form.querySelector<HTMLInputElement>(`input[name="q${i}"]:checked`)?.value;
      const ok = chosen === set.dataset['answer'];
      if (ok) right++;
      const feedback = set.querySelector('.feedback');
      if (feedback) feedback.textContent = ok ? '回答正确。' : `回答错误。${set.dataset['explanation'] ?? ''}`;
    });
    const score = sets.length ? right / sets.length : 0;
    result.textContent =
      score >= passMark
        ? `测验通过：答对 ${right} / ${sets.length} 题。`
        : `未通过：答对 ${right} / ${sets.length} 题，请复习后再试。`;
    onResult(score, passMark);
  });
}
