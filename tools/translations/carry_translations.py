#!/usr/bin/env python3
"""Carries Arabic translations across code moves.

lupdate runs with -no-obsolete, so a string that moves to another context (a function moved to
another class) comes back unfinished and its old translation is dropped. Run this with the .ts
file as it was before lupdate (e.g. `git show HEAD:resources/translations/coalition-atlas_ar.ts`)
and the file lupdate wrote: every unfinished message whose source text (and disambiguation, when
one matches) was translated before gets that translation back. Prints what it could not fill.

usage: carry_translations.py OLD.ts NEW.ts
"""
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '')


def main(old_path, new_path):
    old = ET.parse(old_path).getroot()
    known = {}
    by_source = {}
    for _, message in messages(old):
        translation = message.find('translation')
        if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        known[key(message)] = translation
        by_source.setdefault(key(message)[0], translation)
    tree = ET.parse(new_path)
    missing = []
    filled = 0
    for context, message in messages(tree.getroot()):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        found = known.get(key(message)) or by_source.get(key(message)[0])
        if found is None:
            missing.append(f'{context}: {key(message)[0]!r}')
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(found))
        copy.tail = translation.tail
        message.append(copy)
        filled += 1
    tree.write(new_path, encoding='utf-8', xml_declaration=True)
    with open(new_path, encoding='utf-8') as f:
        text = f.read()
    # ElementTree drops the doctype; lupdate and Linguist expect it.
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    with open(new_path, 'w', encoding='utf-8') as f:
        f.write(text if text.endswith('\n') else text + '\n')
    print(f'filled {filled}; still unfinished {len(missing)}')
    for line in missing:
        print('  ' + line)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
