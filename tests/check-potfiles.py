#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check po/POTFILES.in against the source tree.

Usage: check-potfiles.py SOURCE_ROOT [XGETTEXT]

Fails, naming the files, when
  - a file with translatable strings is missing from po/POTFILES.in:
    C sources and headers under src/ and data/ using _(), N_(), C_(), NC_(),
    Q_(), g_dgettext() and friends (comments do not count), GtkBuilder .ui
    files with translatable="yes", and the desktop entry, AppStream
    metainfo, GSettings schema and shared-mime-info files of data/;
  - POTFILES.in names a file that does not exist, or names one twice.
Files listed in po/POTFILES.skip are exempt.

With XGETTEXT, it checks the extraction instead: it runs xgettext over
POTFILES.in (into a temporary folder) and fails when xgettext fails or
warns (say, a format string built with a macro, which no translation can
match), or when a data file yields no string (its ITS rules were not found).
"""

import os
import re
import subprocess
import sys
import tempfile

C_KEYWORDS = re.compile(
    r'(?<![A-Za-z0-9_])'
    r'(?:_|N_|C_|NC_|Q_|g_dgettext|g_dcgettext|g_dngettext|g_dpgettext|g_dpgettext2'
    r'|gettext|dgettext|dcgettext|ngettext|dngettext|pgettext)'
    r'\s*\(')
UI_TRANSLATABLE = re.compile(r'''translatable\s*=\s*["'](?:yes|true|1)["']''', re.I)

# Same arguments as meson's 'glib' preset (po/meson.build).
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '-k_',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format', '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format', '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format', '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format', '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format', '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]


def strip_c_comments(text):
    """Return C source TEXT without its comments, its strings emptied."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '/' and text.startswith('/*', i):
            end = text.find('*/', i + 2)
            i = n if end < 0 else end + 2
            out.append(' ')
        elif c == '/' and text.startswith('//', i):
            end = text.find('\n', i)
            i = n if end < 0 else end
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def needs_translation(root, rel):
    """True when the file at REL (relative to ROOT) has translatable strings."""
    path = os.path.join(root, rel)
    name = os.path.basename(rel)
    if name.endswith(('.c', '.h')):
        return bool(C_KEYWORDS.search(strip_c_comments(read(path))))
    if name.endswith('.ui'):
        return bool(UI_TRANSLATABLE.search(read(path)))
    if not rel.startswith('data/') or rel.startswith('data/templates/'):
        return False
    if name.endswith(('.desktop.in', '.metainfo.xml.in', '.appdata.xml.in',
                      '.gschema.xml', '.policy.in')):
        return True
    if name.endswith(('.xml', '.xml.in')):
        # shared-mime-info: its <comment>s are translated.
        return '<mime-info' in read(path)
    return False


def candidates(root):
    for top in ('src', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
            for name in sorted(filenames):
                rel = os.path.relpath(os.path.join(dirpath, name), root)
                yield rel.replace(os.sep, '/')


def read_list(path):
    entries = []
    if not os.path.exists(path):
        return entries
    for number, line in enumerate(read(path).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#') or line.startswith('['):
            continue
        entries.append((number, line))
    return entries


def run_xgettext(root, xgettext, listed):
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'convoke.pot')
        cmd = [xgettext, '--package-name=convoke', '-f',
               os.path.join(root, 'po', 'POTFILES.in'), '-D', root, '-o', pot] + XGETTEXT_ARGS
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            return ['xgettext failed (exit status %d): %s' % (result.returncode, result.stderr)]
        # A warning is a string that will not be translated as written, such
        # as a format built with a macro ("%" G_GINT64_FORMAT): fail on it.
        errors += ['xgettext: ' + line for line in result.stderr.splitlines()
                   if 'warning' in line]
        text = read(pot) if os.path.exists(pot) else ''
        for rel in listed:
            if rel.startswith('data/') and not re.search(r'^#: .*\b' + re.escape(rel) + ':',
                                                          text, re.M):
                errors.append('%s: xgettext found no string in it' % rel)
    return errors


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    root = os.path.abspath(argv[1])
    potfiles_in = os.path.join(root, 'po', 'POTFILES.in')
    if not os.path.exists(potfiles_in):
        print('not ok - po/POTFILES.in does not exist')
        return 1

    listed = read_list(potfiles_in)
    skipped = {e for _, e in read_list(os.path.join(root, 'po', 'POTFILES.skip'))}
    errors = []

    seen = set()
    for number, rel in listed:
        if rel in seen:
            errors.append('po/POTFILES.in:%d: %s is listed twice' % (number, rel))
        seen.add(rel)
        if not os.path.isfile(os.path.join(root, rel)):
            errors.append('po/POTFILES.in:%d: %s does not exist' % (number, rel))

    if len(argv) == 3:
        if not errors:
            errors += run_xgettext(root, argv[2], [rel for _, rel in listed])
    else:
        missing = [rel for rel in candidates(root)
                   if rel not in seen and rel not in skipped and needs_translation(root, rel)]
        for rel in missing:
            errors.append('%s has translatable strings but is not in po/POTFILES.in' % rel)

    for error in errors:
        print('# ' + error)
    if errors:
        print('# %d problem(s) with the translatable files' % len(errors))
        return 1
    if len(argv) == 3:
        print('# xgettext extracts the %d files of po/POTFILES.in cleanly' % len(listed))
    else:
        print('# po/POTFILES.in lists %d files, none missing' % len(listed))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
