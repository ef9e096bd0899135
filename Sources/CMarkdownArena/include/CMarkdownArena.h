#ifndef HUIBAO_MARKDOWN_ARENA_H
#define HUIBAO_MARKDOWN_ARENA_H

#include <cmark.h>

/// cmark's allocator backed by the calling thread's arena: allocations are carved out of
/// large blocks and `free` does nothing, so parsing and rendering a document costs no
/// malloc/free per node. Everything allocated through it is gone at the next
/// `huibao_markdown_arena_reset()` on the same thread, including what `cmark_render_html`
/// returns (copy it, never pass it to `free`).
cmark_mem *huibao_markdown_arena(void);

/// Forgets what this thread allocated through the arena, keeping one block for the next document.
void huibao_markdown_arena_reset(void);

#endif
