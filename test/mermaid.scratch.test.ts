import { buildDiagram } from '../src/engine/mermaid.js'
import { launchMermaid } from './support/browser.js'
it('scratch', async () => {
  const b = await launchMermaid()
  for (const name of ['\\N' + ' '.repeat(176) + 'EBqs")1=K2-@hr\\G{Ni9OS$3+[@ua0zzedn', '\\N abc', '\\Nabc', 'x\\G{y', 'x\\ty', 'x\\$y', 'a\\\\b', 'p\\]q', 'p\\)q']) {
    const d = buildDiagram({ id: 'g', project: 'p', diagram: { type: 'c4', direction: 'TB' }, components: [{ id: 'a', name, type: 'person' }], dependencies: [], sections: {} })
    const r = await b.render(d.text)
    console.log(d.text + '\n' + JSON.stringify(r.ok ? { texts: r.texts[1] } : r))
  }
  await b.close()
})
