#!/bin/bash
# HEALTHCHECK of the image: 0 when /health/ready answers 200 (the search index is built).
# Plain HTTP/1.0 over bash's /dev/tcp, so the image needs no curl or wget.
exec 3<>"/dev/tcp/127.0.0.1/${PORTAL_PORT:-8080}" || exit 1
printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ $status == HTTP/1.[01]\ 200* ]]
