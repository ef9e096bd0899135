#include "CMarkdownArena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Each allocation is preceded by a 16-byte header holding its size, so that realloc knows
// how much to copy; the last allocation of a block grows in place (cmark's buffers grow
// by realloc while nothing else is allocated in between).

enum { HEADER = 16, BLOCK_SIZE = 1 << 20 };

typedef struct block {
  struct block *next;
  size_t size;
  size_t used;
} block;

typedef struct arena {
  block *first;
  block *current;
} arena;

static size_t round16(size_t n) { return (n + 15) & ~(size_t)15; }
static char *block_data(block *b) { return (char *)b + round16(sizeof(block)); }

static pthread_key_t arena_key;
static pthread_once_t arena_once = PTHREAD_ONCE_INIT;
static __thread arena *local_arena;

static void free_blocks(block *b) {
  while (b) {
    block *next = b->next;
    free(b);
    b = next;
  }
}

static void destroy_arena(void *pointer) {
  arena *a = pointer;
  free_blocks(a->first);
  free(a);
}

static void make_key(void) { pthread_key_create(&arena_key, destroy_arena); }

static arena *this_thread_arena(void) {
  if (local_arena) return local_arena;
  pthread_once(&arena_once, make_key);
  arena *a = calloc(1, sizeof(arena));
  if (!a) abort();  // as cmark's own allocator does when memory runs out
  pthread_setspecific(arena_key, a);
  local_arena = a;
  return a;
}

static block *new_block(size_t needed) {
  size_t size = needed > BLOCK_SIZE ? needed : BLOCK_SIZE;
  block *b = malloc(round16(sizeof(block)) + size);
  if (!b) abort();
  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

static void *arena_alloc(size_t size) {
  if (size > SIZE_MAX / 2) abort();
  arena *a = this_thread_arena();
  size_t needed = HEADER + round16(size);
  block *b = a->current;
  if (!b) {
    b = a->first = a->current = new_block(needed);
  } else if (b->size - b->used < needed) {
    block *fresh = new_block(needed);
    fresh->next = b->next;
    b->next = fresh;
    a->current = b = fresh;
  }
  char *start = block_data(b) + b->used;
  b->used += needed;
  *(size_t *)start = size;
  return start + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) abort();
  void *p = arena_alloc(count * size);
  memset(p, 0, count * size);
  return p;
}

static void *arena_realloc(void *pointer, size_t size) {
  if (!pointer) return arena_alloc(size);
  size_t *header = (size_t *)((char *)pointer - HEADER);
  size_t old = *header;
  if (size <= old) return pointer;
  block *b = local_arena ? local_arena->current : NULL;
  if (b && (char *)pointer + round16(old) == block_data(b) + b->used &&
      round16(size) - round16(old) <= b->size - b->used) {
    b->used += round16(size) - round16(old);
    *header = size;
    return pointer;
  }
  void *p = arena_alloc(size);
  memcpy(p, pointer, old);
  return p;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

cmark_mem *huibao_markdown_arena(void) { return &arena_mem; }

void huibao_markdown_arena_reset(void) {
  arena *a = local_arena;
  if (!a || !a->first) return;
  // One block stays for the next document; the blocks a large document needed go.
  free_blocks(a->first->next);
  a->first->next = NULL;
  a->first->used = 0;
  a->current = a->first;
}
