#ifndef CREASE_CZLIB_SHIM_H
#define CREASE_CZLIB_SHIM_H
#include <zlib.h>
#endif
