#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the shared-mime-info file of Convoke documents.

Usage: check-mime.py MIME_XML STORE_HEADER [CONVOKE]

Checks that MIME_XML declares application/x-convoke with its comment, the
*.convoke glob, the SQLite parent type and a magic rule; that the magic asks
for the application_id that STORE_HEADER (src/store/cvk-store.h) defines;
and, by evaluating the magic rules the way shared-mime-info does, that they
match an SQLite file with that application_id and not a plain SQLite file
or a plain text file. With CONVOKE, a document it creates (convoke --new)
must match too. Prints TAP.
"""

import os
import re
import sqlite3
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = '{http://www.freedesktop.org/standards/shared-mime-info}'
TYPE = 'application/x-convoke'

results = []


def check(ok, name, detail=''):
    results.append(ok)
    print('%s %d - %s' % ('ok' if ok else 'not ok', len(results), name))
    if not ok and detail:
        for line in str(detail).splitlines():
            print('# ' + line)
    return ok


def number(text):
    return int(text, 0)


def match_one(rule, data):
    """Evaluate one <match> (without its children) against DATA."""
    kind = rule.get('type')
    value = rule.get('value')
    offset = rule.get('offset', '0')
    first, _, last = offset.partition(':')
    first = number(first)
    last = number(last) if last else first
    if kind == 'string':
        needle = value.encode('utf-8').decode('unicode_escape').encode('latin-1')
        fmt = None
    elif kind in ('big32', 'little32', 'host32', 'big16', 'little16', 'host16', 'byte'):
        size = {'32': 4, '16': 2, 'te': 1}[kind[-2:]]
        order = '<' if kind.startswith('little') else ('=' if kind.startswith('host') else '>')
        fmt = order + {4: 'I', 2: 'H', 1: 'B'}[size]
        needle = struct.pack(fmt, number(value) & ((1 << (8 * size)) - 1))
    else:
        raise ValueError('unsupported match type %r' % kind)
    mask = rule.get('mask')
    for start in range(first, last + 1):
        chunk = data[start:start + len(needle)]
        if len(chunk) < len(needle):
            continue
        if mask is not None:
            if fmt:
                m = struct.pack(fmt, number(mask))
            else:
                m = bytes.fromhex(mask[2:] if mask.startswith('0x') else mask)
            chunk = bytes(a & b for a, b in zip(chunk, m))
            want = bytes(a & b for a, b in zip(needle, m))
        else:
            want = needle
        if chunk == want:
            return True
    return False


def match_tree(rule, data):
    """A <match> holds when it and (if it has any) one of its children hold."""
    if not match_one(rule, data):
        return False
    children = rule.findall(NS + 'match')
    return not children or any(match_tree(child, data) for child in children)


def magic_matches(mime_type, data):
    return any(match_tree(rule, data)
               for magic in mime_type.findall(NS + 'magic')
               for rule in magic.findall(NS + 'match'))


def sqlite_file(path, application_id):
    db = sqlite3.connect(path)
    db.execute('PRAGMA application_id = %d' % application_id)
    db.execute('CREATE TABLE t (x)')
    db.commit()
    db.close()
    with open(path, 'rb') as f:
        return f.read(4096)


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__)
        return 2
    mime_xml, header = argv[1], argv[2]
    convoke = argv[3] if len(argv) == 4 else None

    try:
        root = ET.parse(mime_xml).getroot()
    except ET.ParseError as e:
        check(False, 'the MIME file is well-formed XML', e)
        print('1..%d' % len(results))
        return 1
    check(root.tag == NS + 'mime-info', 'the root is a shared-mime-info <mime-info>', root.tag)

    types = [t for t in root.findall(NS + 'mime-type') if t.get('type') == TYPE]
    if not check(len(types) == 1, 'it declares %s once' % TYPE):
        print('1..%d' % len(results))
        return 1
    mt = types[0]

    comments = [c for c in mt.findall(NS + 'comment')
                if '{http://www.w3.org/XML/1998/namespace}lang' not in c.attrib]
    check([c.text for c in comments] == ['Convoke document'],
          'its comment is "Convoke document"', [c.text for c in comments])
    globs = [g.get('pattern') for g in mt.findall(NS + 'glob')]
    check(globs == ['*.convoke'], 'its glob is *.convoke', globs)
    parents = [p.get('type') for p in mt.findall(NS + 'sub-class-of')]
    check('application/vnd.sqlite3' in parents, 'it is a sub-class of application/vnd.sqlite3',
          parents)
    icons = [i.get('name') for i in mt.findall(NS + 'generic-icon')]
    check(len(icons) == 1 and icons[0].startswith('x-office-'),
          'its generic icon is an office document', icons)

    magics = mt.findall(NS + 'magic')
    check(len(magics) == 1 and int(magics[0].get('priority', '50')) > 50,
          'one magic, above the priority of the SQLite rule (50)',
          [m.get('priority') for m in magics])

    # The application_id the store writes.
    m = re.search(r'#define\s+CVK_STORE_APPLICATION_ID\s+(0x[0-9A-Fa-f]+|\d+)', open(header).read())
    if not check(m is not None, 'the store header defines CVK_STORE_APPLICATION_ID'):
        print('1..%d' % len(results))
        return 1
    app_id = number(m.group(1))
    big32 = [r for r in mt.iter(NS + 'match') if r.get('type') == 'big32']
    check(any(number(r.get('value')) == app_id and r.get('offset') == '68' for r in big32),
          'the magic asks for application_id 0x%08X at offset 68' % app_id,
          [(r.get('value'), r.get('offset')) for r in big32])

    with tempfile.TemporaryDirectory() as tmp:
        ours = sqlite_file(os.path.join(tmp, 'ours.db'), app_id)
        other = sqlite_file(os.path.join(tmp, 'other.db'), 0)
        check(magic_matches(mt, ours), 'the magic matches an SQLite file with our application_id')
        check(not magic_matches(mt, other), 'the magic does not match a plain SQLite file')
        check(not magic_matches(mt, b'SQLite format 3 is not a database\n' * 4),
              'the magic does not match a text file')

        if convoke:
            doc = os.path.join(tmp, 'plan.convoke')
            env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'data'),
                       XDG_CONFIG_HOME=os.path.join(tmp, 'config'))
            run = subprocess.run([convoke, '--new', doc], env=env,
                                 capture_output=True, text=True)
            if check(run.returncode == 0 and os.path.exists(doc), 'convoke --new writes a document',
                     run.stderr):
                with open(doc, 'rb') as f:
                    data = f.read(4096)
                check(magic_matches(mt, data), 'the magic matches a document convoke wrote')

    print('1..%d' % len(results))
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
