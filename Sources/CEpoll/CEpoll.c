#define _GNU_SOURCE
#include "CEpoll.h"

#ifdef __linux__
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <pthread.h>

void crease_set_thread_name(const char *name) {
    char shortened[16];
    strncpy(shortened, name, 15);
    shortened[15] = 0;
    pthread_setname_np(pthread_self(), shortened);
}

int crease_accept_nonblocking(int listener) {
    return accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
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
