/*
 * LD_PRELOAD shim for the test Orthanc: Orthanc 1.10 cannot choose its listen address and binds the
 * wildcard address. This wraps bind(2) so a wildcard IPv4/IPv6 address becomes the loopback address;
 * every other bind passes through untouched.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*bind_fn)(int, const struct sockaddr *, socklen_t);

int bind(int fd, const struct sockaddr *address, socklen_t length)
{
    static bind_fn next_bind;
    if (next_bind == NULL) {
        next_bind = (bind_fn)dlsym(RTLD_NEXT, "bind");
    }

    if (address != NULL && address->sa_family == AF_INET && length >= sizeof(struct sockaddr_in)) {
        struct sockaddr_in v4;
        memcpy(&v4, address, sizeof v4);
        if (v4.sin_addr.s_addr == htonl(INADDR_ANY)) {
            v4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            return next_bind(fd, (const struct sockaddr *)&v4, sizeof v4);
        }
    } else if (address != NULL && address->sa_family == AF_INET6 && length >= sizeof(struct sockaddr_in6)) {
        struct sockaddr_in6 v6;
        memcpy(&v6, address, sizeof v6);
        if (memcmp(&v6.sin6_addr, &in6addr_any, sizeof v6.sin6_addr) == 0) {
            v6.sin6_addr = in6addr_loopback;
            return next_bind(fd, (const struct sockaddr *)&v6, sizeof v6);
        }
    }

    return next_bind(fd, address, length);
}
