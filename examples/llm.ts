// Extracting with an LLM from a notebook: three lines once the server is known.
// Point KOZOKA_BASE_URL at any OpenAI-compatible server (vLLM, Ollama, llama.cpp,
// LM Studio), or leave it unset and set OPENAI_API_KEY for OpenAI.
import { LlmExtractor, type Note } from 'kozoka';

const note: Note = { id: 'demo', date: '2021-05-27', text: '11/19～2/10: 2nd line CBDCA/PTX/Bev/Atezoを4course施行\n2021/3/2: 効果判定にて原疾患の増悪を認めPDと判断。' };

const llm = new LlmExtractor({ model: process.env['KOZOKA_MODEL'] ?? 'gpt-4o-mini', ...(process.env['KOZOKA_BASE_URL'] ? { baseURL: process.env['KOZOKA_BASE_URL'] } : {}) });
const result = await llm.extractNote(note);
console.log(result.ok ? JSON.stringify(result.events, null, 2) : `failed: ${result.error}`);
