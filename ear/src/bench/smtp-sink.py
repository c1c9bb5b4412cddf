"""An SMTP server that accepts every message and keeps none, for the benchmarks: production has a
mail server, so the server's notification mails should leave on their first try here too instead
of failing and being retried by the job executor (which would bill the benchmark for retries).

    python3 ear/src/bench/smtp-sink.py PORT
"""
import socketserver
import sys


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 sink ESMTP")
        for raw in self.rfile:
            verb = raw.decode("latin-1").strip().split(" ")[0].upper()
            if verb == "EHLO":
                self.reply("250-sink")
                self.reply("250 8BITMIME")
            elif verb == "DATA":
                self.reply("354 go on")
                for body in self.rfile:
                    if body in (b".\r\n", b".\n"):
                        break
                self.reply("250 kept nowhere")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


class Sink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    Sink(("127.0.0.1", int(sys.argv[1])), Session).serve_forever()
