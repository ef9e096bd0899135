// libpng's simplified API (png_image_*), which needs no setjmp (Debian: libpng-dev); and zlib,
// which libpng is built on, for its fast checksums (the photo cache's keys).
#include <png.h>
#include <zlib.h>
