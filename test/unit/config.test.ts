// The YAML settings files: a folder's paper.yaml laid over the settings above it, and errors that name file, line
// and field.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, layerPaperSettings, loadConfig, parseYamlFile, readPaperYaml } from '../../src/lib/config.ts';
import { issueManifestSchema } from '../../src/lib/ingest/manifest.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';
import { temporaryFolder } from '../helpers.ts';

describe('layerPaperSettings', () => {
  it('keeps what a paper.yaml does not set, and replaces each role’s words it lists, that role’s alone', () => {
    const above = { ...defaultPaperSettings, name: '荣昌报', banners: ['奋进新征程'] };
    const settings = layerPaperSettings(above, { name: '荣昌日报', roles: { correspondents: ['通讯员', '特约撰稿人'] } }, 'raw/paper.yaml');
    expect(settings.name).toBe('荣昌日报');
    expect(settings.banners).toEqual(['奋进新征程']);
    expect(settings.roles.correspondents).toEqual(['通讯员', '特约撰稿人']);
    expect(settings.roles.reporters).toEqual(defaultPaperSettings.roles.reporters);
  });
  it('names the file, the line and the setting a paper.yaml gets wrong, and the keys it knows', () => {
    expect(() => readPaperYaml(defaultPaperSettings, 'name: 荣昌报\nmaxHeadlineLength: long\n', 'raw/paper.yaml')).toThrow('raw/paper.yaml:2: maxHeadlineLength: must be a number');
    expect(() => readPaperYaml(defaultPaperSettings, 'roles:\n  reporter: [记者]\n', 'raw/paper.yaml')).toThrow('raw/paper.yaml:2: roles: has unknown keys reporter (it knows interns, photographers, correspondents, reporters, authors).');
    // The config's `paper:` level copied in: the file's keys are the paper's own.
    expect(() => readPaperYaml(defaultPaperSettings, 'paper:\n  name: 荣昌报\n', 'raw/paper.yaml')).toThrow(/^raw\/paper\.yaml:1: the file: has unknown keys paper \(it knows name, /u);
  });
});

describe('parseYamlFile', () => {
  const manifest = (text: string) => parseYamlFile(issueManifestSchema, text, 'issue.yaml');
  it('names the line of a wrong value, of an unknown key, and of broken YAML', () => {
    expect(() => manifest('paper: 荣昌报\ndate: 2024/03/15\n')).toThrow('issue.yaml:2: date: must be a date written YYYY-MM-DD, such as 2024-03-15, not "2024/03/15".');
    expect(() => manifest('paper: 荣昌报\n\npage: 2\n')).toThrow('issue.yaml:3: the file: has unknown keys page (it knows paper, date, pages).');
    // A misspelt key in a page's entry would leave its section unset without a word.
    expect(() => manifest('pages:\n  02.txt: { page: 2, sectoin: 经济 }\n')).toThrow('issue.yaml:2: pages.02.txt: has unknown keys sectoin (it knows page, section).');
    expect(() => manifest('pages:\n  03.txt: { page: zero }\n')).toThrow('issue.yaml:2: pages.03.txt.page: must be a page number, 1–99, or a lettered page such as A3, not "zero".');
    expect(() => manifest('pages: [\n')).toThrow(ConfigError);
    expect(() => manifest('pages: [\n')).toThrow(/^issue\.yaml is not valid YAML: .*line 2/su);
  });
  it('reads a date YAML might take for a timestamp as the date it writes', () => {
    expect(manifest('date: 2024-03-15\n').date).toBe('2024-03-15');
  });
});

describe('loadConfig', () => {
  it('refuses a site URL with a path, which every canonical link would drop, and says where the path goes', () => {
    const file = join(temporaryFolder('baoku-config-'), 'baoku.config.yaml');
    writeFileSync(file, 'site:\n  url: https://www.example.cn/archive/\n');
    expect(() => loadConfig(file)).toThrow(`${file}:2: site.url: must be the address of the host alone, such as https://www.example.cn: a sub-path such as /archive/ goes in site.base.`);
    writeFileSync(file, 'site:\n  url: www.example.cn\n  base: /archive/\n');
    expect(() => loadConfig(file)).toThrow(`${file}:2: site.url: must be the address the site is served from, such as https://www.example.cn.`);
    writeFileSync(file, 'site:\n  url: https://www.example.cn\n  base: /archive/\n');
    expect(loadConfig(file).site).toMatchObject({ url: 'https://www.example.cn', base: '/archive/' });
  });
});
