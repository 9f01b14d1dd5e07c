"""Fetching /page/N from the latency server with the stdlib's two clients, and checking the page.

Blocking (sequential, threading): http.client, one keep-alive HTTPConnection per thread.
asyncio: asyncio.open_connection streams, a list of idle keep-alive connections that a task
takes one from (or opens a new one) and gives back; HTTP/1.1 written and parsed by hand, as
the stdlib has no asyncio HTTP client.
Connections stay open between operations, as a long-running client's would.
"""
import asyncio
import http.client
import threading


class PageError(Exception):
    pass


class Pages:

    def __init__(self, args):
        self.host = args["host"]
        self.port = int(args["port"])
        # The page's shape comes from the JVM (dev.cvp.io.server.PageResponse), not copied here.
        self.page_header = args["pageHeader"]
        self.body_prefix = args["bodyPrefix"].encode("utf-8")
        self._local = threading.local()
        self._blocking = []
        self._lock = threading.Lock()
        self._idle = []
        self._request_head = "Host: %s:%d\r\n\r\n" % (self.host, self.port)

    def fetch(self, page):
        """(status, [(name, value)...], body) with this thread's connection."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = http.client.HTTPConnection(self.host, self.port)
            with self._lock:
                self._blocking.append(connection)
        connection.request("GET", "/page/%d" % page)
        response = connection.getresponse()
        body = response.read()
        return response.status, response.getheaders(), body

    async def fetch_async(self, page):
        """The same with a stream connection taken from the idle list."""
        if self._idle:
            reader, writer = self._idle.pop()
        else:
            reader, writer = await asyncio.open_connection(self.host, self.port)
        writer.write(("GET /page/%d HTTP/1.1\r\n%s" % (page, self._request_head)).encode("latin-1"))
        await writer.drain()
        status, headers = _parse_head(await reader.readuntil(b"\r\n\r\n"))
        length = _header(headers, "Content-Length")
        if length is None:
            raise PageError("response to page %d has no Content-Length" % page)
        body = await reader.readexactly(int(length))
        self._idle.append((reader, writer))
        return status, headers, body

    def check(self, page, status, headers, body):
        """The check bench-io's clients make (dev.cvp.io.http.PageCheck); returns the body."""
        if status != 200:
            raise PageError("response to page %d: status %d" % (page, status))
        if _header(headers, self.page_header) != str(page):
            raise PageError("response to page %d: %s is %r" % (page, self.page_header, _header(headers, self.page_header)))
        if _header(headers, "Content-Length") != str(len(body)):
            raise PageError("response to page %d: %d body bytes, Content-Length %r"
                            % (page, len(body), _header(headers, "Content-Length")))
        if not body.startswith(self.body_prefix + b"%d</title>" % page):
            raise PageError("response to page %d: its title names another page" % page)
        return body

    def close(self):
        for connection in self._blocking:
            connection.close()
        for _, writer in self._idle:
            writer.close()
        self._idle.clear()


def _parse_head(head):
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split(" ", 2)[1])
    except (IndexError, ValueError):
        raise PageError("malformed status line %r" % lines[0])
    headers = []
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
    return status, headers


def _header(headers, wanted):
    wanted = wanted.lower()
    for name, value in headers:
        if name.lower() == wanted:
            return value
    return None
