/**
 * Reads an event table off the main thread: a 100 MB file takes seconds to
 * parse, and the page must keep answering meanwhile. The worker is a script
 * of the build's own (the Content-Security-Policy allows no `blob:` worker,
 * which is how Papa Parse would start one itself).
 */
import { readTable } from './readTable';
import { transferablesOf, type FromTableWorker, type ReadTableRequest } from './tableProtocol';

const post = (message: FromTableWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<ReadTableRequest>) => {
  const request = event.data;
  try {
    const result = readTable(new Uint8Array(request.bytes), {
      ...(request.roles ? { roles: request.roles } : {}),
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post({ type: 'done', result }, transferablesOf(result));
  } catch (error) {
    // Only a fault of the reader itself (out of memory, say) gets here: the file's content never throws.
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
