export { LlmExtractor, extract, extractNote, parseModelAnswer, mergeDuplicates, type LlmOptions, type NoteResult, type NoteUsage, type OutputMode } from './llm.js';
export { combineHybrid } from './hybrid.js';
export { buildMessages, loadPrompts, renderSegments, toModelEvent, type ChatMessage, type Prompts } from './prompt.js';
