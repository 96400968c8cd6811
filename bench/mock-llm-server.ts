// A mock OpenAI-compatible server for bench/llm.ts, run as its own process (as a
// real server would be): answers POST /v1/chat/completions after a fixed latency
// with the answer mapped to the request's last user message.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

const [answersFile, latencyArg] = process.argv.slice(2);
const answers = new Map<string, string>(JSON.parse(readFileSync(answersFile!, 'utf8')) as [string, string][]);
const latency = Number(latencyArg ?? 100);
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { messages: { content: string }[] };
    const content = answers.get(body.messages[body.messages.length - 1]!.content) ?? '{"events":[]}';
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'mock', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } }));
    }, latency);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
