#define _GNU_SOURCE
#include "CEpoll.h"

#ifdef __linux__
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <pthread.h>
#include <errno.h>
#include <time.h>

void crease_set_thread_name(const char *name) {
    char shortened[16];
    strncpy(shortened, name, 15);
    shortened[15] = 0;
    pthread_setname_np(pthread_self(), shortened);
}

int crease_accept_nonblocking(int listener) {
    return accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

int crease_epoll_wait(int epoll, struct epoll_event *events, int capacity, int64_t timeout_nanoseconds) {
    static int no_pwait2 = 0;
    if (timeout_nanoseconds < 0) return epoll_wait(epoll, events, capacity, -1);
    if (!no_pwait2) {
        struct timespec timeout;
        timeout.tv_sec = timeout_nanoseconds / 1000000000;
        timeout.tv_nsec = timeout_nanoseconds % 1000000000;
        int count = epoll_pwait2(epoll, events, capacity, &timeout, NULL);
        if (count >= 0 || errno != ENOSYS) return count;
        no_pwait2 = 1;  /* an older kernel: every loop falls back, a benign race */
    }
    int64_t milliseconds = (timeout_nanoseconds + 999999) / 1000000;
    return epoll_wait(epoll, events, capacity, milliseconds > 2147483647 ? 2147483647 : (int)milliseconds);
}

int crease_epoll_ctl(int epoll, int operation, int fd, uint32_t events, void *data) {
    struct epoll_event event;
    event.events = events;
    event.data.ptr = data;
    return epoll_ctl(epoll, operation, fd, &event);
}

void *crease_epoll_event_data(const struct epoll_event *events, int index, uint32_t *flags) {
    *flags = events[index].events;
    return events[index].data.ptr;
}
#endif
