# Two commands set up a fresh Debian machine: `make run` and `make test`.
# System packages are installed here when run as root; otherwise the one
# apt-get line needed is printed and the target stops.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Tools the tests and preflight run (qpdf, poppler, Ghostscript), and what Qt's
# xcb platform plugin and Xvfb need for the window and its screenshots.
SYS_TOOLS := qpdf poppler-utils ghostscript
SYS_GUI   := xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
             libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxkbcommon-x11-0 \
             libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
SYS_ALL   := $(SYS_TOOLS) $(SYS_GUI)

.PHONY: run demo test bench screenshots translations lint sysdeps venv package clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[gui,dev]'
	touch $(STAMP)

sysdeps:
	@missing=""; for p in $(SYS_ALL); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Please run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

run: sysdeps venv
	$(BIN)/designer

demo: sysdeps venv
	$(BIN)/designer demo --output-dir out

test: sysdeps venv
	$(BIN)/ruff check designer tests bench packaging
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: sysdeps venv
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

screenshots: sysdeps venv
	$(BIN)/python tools/screenshots.py docs/screenshots

# The window's strings for translators (i18n/designer.ts), and each finished
# designer_<language>.ts compiled to the .qm the window loads.
translations: venv
	$(BIN)/pyside6-lupdate designer/gui/*.py -ts designer/gui/i18n/designer.ts
	for ts in designer/gui/i18n/designer_*.ts; do \
	  [ -e "$$ts" ] && $(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; \
	done; true

# The self-contained program folder dist/designer/ and its archive (PyInstaller,
# packaging/), then the smoke test that runs a copy of it with an empty
# environment and no checking tools; fails if any step fails.
PKG_STAMP := $(VENV)/.installed-package

$(PKG_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[gui,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(BIN)/python packaging/build.py
	$(BIN)/python packaging/smoke.py

lint: venv
	$(BIN)/ruff check designer tests bench packaging
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache build dist
