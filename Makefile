# Postwijs: `make run` opens the window, `make test` runs every test.
# Both install the Debian packages they need first (scripts/deps.sh).

GO      ?= go
BIN     := bin/postwijs
VERSION := 0.1.0
# sqlite_fts5: full-text search of drafts needs SQLite's FTS5 module.
TAGS    := sqlite_fts5
LDFLAGS := -s -w -X postwijs/ui.Version=$(VERSION)
FYNE    := bin/fyne

.PHONY: all deps build run test bench eval-spelling eval-tone eval-grammar screenshot measure-memory package package-windows test-windows clean

all: build

deps:
	@bash scripts/deps.sh

build: deps
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/postwijs

run: build
	./$(BIN)

# The ci tag gives the UI tests Fyne's headless driver. The smoke test in
# cmd/postwijs builds the real binary itself and runs it under Xvfb.
test: deps
	$(GO) vet -tags ci,$(TAGS) ./...
	$(GO) test -tags ci,$(TAGS) -timeout 30m ./...

bench:
	$(GO) test -tags ci,$(TAGS) -run '^$$' -bench . -benchmem ./checker/ ./drafts/ ./spelling/

# Spelling against OpenTaal's corrections and written prose, beside hunspell;
# reads ../shared/corpora and says so when it is absent.
eval-spelling:
	$(GO) run ./cmd/eval-spelling

# The tone and respect rules (points 7 and 10) against HateCheck-NL and
# GrofLex in ../shared/corpora; says so and succeeds when they are absent.
eval-tone:
	$(GO) run ./cmd/eval-tone

# The Dutch grammar rules of point 20 (d/t endings and their kin) against
# LanguageTool's d/t phrases and examples in ../shared/corpora, false
# alarms on correct prose, and their speed; without the corpora it
# measures the prose and the speed.
eval-grammar:
	$(GO) run ./cmd/eval-grammar

screenshot: build
	scripts/screenshot.sh $(BIN) nl
	scripts/screenshot.sh $(BIN) en

# Resident memory of the window under Xvfb after a typed post, with the
# share the software OpenGL renderer holds.
measure-memory: build
	scripts/measure-memory.sh $(BIN)

# Fyne's packaging tool, built for this machine (not with the cross
# compiler the Windows package sets).
$(FYNE):
	GOBIN=$(CURDIR)/bin $(GO) install fyne.io/tools/cmd/fyne@v1.7.4

# A Linux package: dist/Postwijs.tar.xz with the binary, the .desktop file
# and the icon (sudo make install inside it puts them under /usr/local).
package: deps $(FYNE)
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/postwijs
	$(FYNE) package --target linux --exe $(BIN) --release
	mkdir -p dist && mv Postwijs.tar.xz dist/

# A Windows 64-bit executable, cross-built with MinGW-w64, with icon and
# version information, zipped with the dictionaries it needs:
# dist/Postwijs-windows.zip (unzipped in dist/windows/Postwijs).
package-windows: deps $(FYNE)
	bash scripts/deps.sh windows
	mkdir -p dist
	CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 $(FYNE) package --target windows \
	  --source-dir ./cmd/postwijs --name Postwijs --app-id nl.postwijs.app \
	  --app-version $(VERSION) --app-build 1 --icon $(CURDIR)/assets/icon.png \
	  --tags $(TAGS) --release
	mv cmd/postwijs/Postwijs.exe dist/postwijs.exe
	scripts/windows-bundle.sh dist/postwijs.exe

# Runs the Windows build's check command under Wine and compares its JSON
# with the Linux build's.
test-windows: package-windows build
	scripts/test-windows.sh dist/windows/Postwijs/postwijs.exe $(BIN)

clean:
	rm -rf bin dist
