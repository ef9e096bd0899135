// librsvg (Debian: librsvg2-dev, 2.54 on Debian 12) renders the report's SVG charts onto a
// cairo image surface, which cairo writes as PNG: the charts in Word files (documents.md).
#include <librsvg/rsvg.h>
#include <cairo.h>
