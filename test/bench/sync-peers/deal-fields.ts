/** The five fields every system writes per deal; `sentAt` is the writer's clock at the write. */
export function dealFields(i: number, sentAt: number) {
  return { title: `Deal ${i}`, stageId: 'lead', value: 1000 + i, currency: 'EUR', sentAt };
}
