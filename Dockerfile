# The chat server image: `livechat serve` by default; `livechat inbound` and the operator
# commands (agents, gdpr, redact) run from the same image.
# Pinned bases; bump them deliberately (and re-run tests/deploy).

# --- front-end bundles (widget, agent console): built once, copied into the runtime image ---
FROM node:20.18.1-bookworm-slim AS frontend
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: nothing here needs an install script, and none may fetch anything.
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
COPY widget ./widget
COPY console ./console
RUN node widget/build.mjs && node console/build.mjs

# --- runtime ---
FROM python:3.11.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LIVECHAT_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
# Dependencies first, so a code change does not reinstall them.
COPY requirements.lock ./
RUN pip install -r requirements.lock
COPY pyproject.toml ./
COPY chat_server ./chat_server
COPY redaction ./redaction
COPY widget/demo ./widget/demo
COPY --from=frontend /src/widget/dist ./widget/dist
COPY --from=frontend /src/console/dist ./console/dist
# Editable: the server finds widget/ and console/ next to its package.
RUN pip install --no-deps -e . \
 && groupadd --system --gid 10001 livechat \
 && useradd --system --uid 10001 --gid livechat --home-dir /app --shell /usr/sbin/nologin livechat
USER livechat
EXPOSE 8080 2525
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '8080'), timeout=2); sys.exit(0)"]
CMD ["livechat", "serve"]
