#ifndef CREASE_CEPOLL_H
#define CREASE_CEPOLL_H

// The Linux calls of the epoll transport that Swift's Glibc module does not import.
#include <stdint.h>
#include <sys/types.h>
#include <sys/uio.h>

#ifdef __linux__
#include <sys/epoll.h>
#include <sys/eventfd.h>

/// Names the calling thread (at most 15 bytes are kept).
void crease_set_thread_name(const char *name);

/// accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC (declared only under _GNU_SOURCE).
int crease_accept_nonblocking(int listener);

static const uint32_t CREASE_EPOLLIN = EPOLLIN;
static const uint32_t CREASE_EPOLLOUT = EPOLLOUT;
static const uint32_t CREASE_EPOLLERR = EPOLLERR;
static const uint32_t CREASE_EPOLLHUP = EPOLLHUP;
static const uint32_t CREASE_EPOLLRDHUP = EPOLLRDHUP;
static const int CREASE_EPOLL_CTL_ADD = EPOLL_CTL_ADD;
static const int CREASE_EPOLL_CTL_MOD = EPOLL_CTL_MOD;
static const int CREASE_EPOLL_CTL_DEL = EPOLL_CTL_DEL;
static const int CREASE_EPOLL_CLOEXEC = EPOLL_CLOEXEC;
static const int CREASE_EFD_NONBLOCK = EFD_NONBLOCK;
static const int CREASE_EFD_CLOEXEC = EFD_CLOEXEC;

/// epoll_wait with a timeout in nanoseconds (negative: none): epoll_pwait2 where the kernel has it
/// (Linux 5.11), else epoll_wait with the timeout rounded up to a millisecond.
int crease_epoll_wait(int epoll, struct epoll_event *events, int capacity, int64_t timeout_nanoseconds);

/// epoll_ctl with the registration's pointer as the event's data.
int crease_epoll_ctl(int epoll, int operation, int fd, uint32_t events, void *data);
/// The pointer and events of `index` in a buffer of `epoll_event` (packed on x86-64).
void *crease_epoll_event_data(const struct epoll_event *events, int index, uint32_t *flags);
#endif

#endif
