# Postwijs: `make run` opens the window, `make test` runs every test.
# Both install the Debian packages they need first (scripts/deps.sh).

GO  ?= go
BIN := bin/postwijs

.PHONY: all deps build run test bench screenshot clean

all: build

deps:
	@bash scripts/deps.sh

build: deps
	$(GO) build -o $(BIN) ./cmd/postwijs

run: build
	./$(BIN)

# -tags ci: Fyne's headless driver for the UI tests. The smoke test in
# cmd/postwijs builds the real binary itself and runs it under Xvfb.
test: deps
	$(GO) vet -tags ci ./...
	$(GO) test -tags ci -timeout 30m ./...

bench:
	$(GO) test -tags ci -run '^$$' -bench . -benchmem ./checker/ ./drafts/

screenshot: build
	scripts/screenshot.sh $(BIN) nl
	scripts/screenshot.sh $(BIN) en

clean:
	rm -rf bin dist
