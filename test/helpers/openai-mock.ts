import { HttpResponse, http, delay } from 'msw';
import { setupServer } from 'msw/node';

export const BASE_URL = 'http://llm.test/v1';

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  max_tokens?: number;
  response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: Record<string, unknown> } };
}

/** A chat.completions response in the OpenAI HTTP shape. */
export function chatCompletion(content: string, options: { finishReason?: string; promptTokens?: number; completionTokens?: number } = {}) {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: options.finishReason ?? 'stop' }],
    usage: { prompt_tokens: options.promptTokens ?? 100, completion_tokens: options.completionTokens ?? 20, total_tokens: (options.promptTokens ?? 100) + (options.completionTokens ?? 20) },
  };
}

type Handler = (body: ChatRequestBody, request: Request) => Promise<Response> | Response;

/** An msw server for the chat completions endpoint whose behaviour each test sets. */
export function mockOpenAI() {
  const state = { handler: undefined as Handler | undefined, requests: [] as ChatRequestBody[], inFlight: 0, maxInFlight: 0 };
  const server = setupServer(
    http.post(`${BASE_URL}/chat/completions`, async ({ request }) => {
      const body = (await request.clone().json()) as ChatRequestBody;
      state.requests.push(body);
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      try {
        if (!state.handler) return HttpResponse.json({ error: { message: 'no handler' } }, { status: 500 });
        return await state.handler(body, request);
      } finally {
        state.inFlight--;
      }
    }),
  );
  return {
    server,
    state,
    reset(handler: Handler) {
      state.handler = handler;
      state.requests = [];
      state.inFlight = 0;
      state.maxInFlight = 0;
    },
  };
}

export { HttpResponse, delay };
