#ifndef CREASE_CHIREDIS_SHIM_H
#define CREASE_CHIREDIS_SHIM_H
#include <hiredis/hiredis.h>
#endif
