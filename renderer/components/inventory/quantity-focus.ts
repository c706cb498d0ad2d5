/**
 * Moves the cursor between the quantity boxes of a document (count, delivery): the boxes carry
 * `attribute`, and Enter or an arrow key in one goes to the box `step` lines away.
 */
export function focusSiblingQuantity(current: HTMLElement, attribute: string, step: 1 | -1): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>(`[${attribute}]`)];
  const sibling = boxes[boxes.indexOf(current as HTMLInputElement) + step];
  if (sibling) {
    sibling.focus();
    sibling.select();
  }
}
