#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from a JSON object {"context|source": "translation"}.

usage: set_translations.py FILE.ts TRANSLATIONS.json
Prints the unfinished messages it found no translation for.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, json_path):
    with open(json_path, encoding='utf-8') as f:
        wanted = json.load(f)
    tree = ET.parse(ts_path)
    left = []
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            source = message.findtext('source')
            text = wanted.get(f'{name}|{source}')
            if text is None:
                left.append(f'{name}|{source}')
                continue
            if message.get('numerus') == 'yes':
                for child in list(translation):
                    translation.remove(child)
                for form in text:
                    element = ET.SubElement(translation, 'numerusform')
                    element.text = form
            else:
                translation.text = text
            del translation.attrib['type']
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)
    with open(ts_path, encoding='utf-8') as f:
        content = f.read()
    content = content.replace("<?xml version='1.0' encoding='utf-8'?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(content if content.endswith('\n') else content + '\n')
    for item in left:
        print('untranslated: ' + item)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
