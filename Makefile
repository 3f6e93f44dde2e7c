# Samtal: `make run` and `make test` are each the whole set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DIST_STAMP := $(VENV)/.dist-installed

.PHONY: run test lint bench sysdeps clean screenshots dist dist-check

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Samtal needs Python 3.11 or newer ($(PYTHON) is older)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev,stt]'
	@touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dev,dist]'
	@touch $(DIST_STAMP)

sysdeps:
	@sh packaging/sysdeps.sh
	@sh packaging/sysdeps-audio.sh

run: $(STAMP) sysdeps
	$(PY) -m ui.main

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests bench packaging
	$(VENV)/bin/ruff format --check app ui tests bench packaging
	$(VENV)/bin/mypy

bench: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_session.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_field.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_analysis.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_security.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_first_start.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_survey.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_live.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_team.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots_audio.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) packaging/guide_editor.py --screenshot docs/screenshots/guide-editor.png
	$(PY) packaging/render_exports.py docs/screenshots   # needs LibreOffice and pdftoppm

# The bundle: dist/Samtal (GUI Samtal + command line samtal), a size report, on Linux a
# tarball with the desktop entry. EXTRAS=stt adds an optional extra. See packaging/README.md.
dist: $(DIST_STAMP) sysdeps
	$(if $(EXTRAS),$(PY) -m pip install --quiet -e '.[$(EXTRAS)]')
	$(PY) packaging/dist.py build $(if $(EXTRAS),--extras $(EXTRAS))

# The smoke test of the built bundle, with no Python on PATH.
dist-check: $(DIST_STAMP) sysdeps
	$(PY) packaging/dist.py check

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist *.egg-info
