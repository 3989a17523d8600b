// Reading a Server-Sent Events response in-process, as a browser's EventSource would.
import type { AuthHub } from '../auth/support.js';

export interface OpenStream {
  res: Response;
  /** Everything received so far. */
  text(): string;
  /** Reads until `seen` holds for the text received, or fails after `ms`. */
  until(seen: (text: string) => boolean, ms?: number): Promise<string>;
  /** The events received, parsed: `id` and the `data` JSON. */
  events(): { id: number; data: { type: string; comment: { id: string; body: unknown; state: string } } }[];
  close(): Promise<void>;
}

export async function openStream(hub: AuthHub, discussion: string, headers: Record<string, string> = {}, query = ''): Promise<OpenStream> {
  const res = await hub.app.request(`/v1/discussions/${discussion}/events${query}`, { headers: { Accept: 'text/event-stream', ...headers } });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let received = '';
  return {
    res,
    text: () => received,
    async until(seen, ms = 2000) {
      const deadline = Date.now() + ms;
      while (!seen(received)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`the stream did not send what was awaited; it sent:\n${received}`);
        let timer: NodeJS.Timeout | undefined;
        const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), left)))]);
        clearTimeout(timer);
        if (chunk === null) continue;
        if (chunk.done) throw new Error(`the stream ended; it sent:\n${received}`);
        received += decoder.decode(chunk.value, { stream: true });
      }
      return received;
    },
    events() {
      return received
        .split('\n\n')
        .filter((block) => block.includes('event: comment'))
        .map((block) => {
          const id = Number(/^id: (\d+)$/m.exec(block)?.[1]);
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          return { id, data: JSON.parse(data) as ReturnType<OpenStream['events']>[number]['data'] };
        });
    },
    async close() {
      await reader.cancel();
    },
  };
}
