/**
 * A tablet in its own process that edits as fast as it can and reports, one line each:
 *   client <yjs client id>
 *   saved <clock>   whenever the server says its edits are on disk up to that clock
 * Usage: burstEditor.ts <baseUrl> <wsUrl> <workshopId> <token> [tickMs]
 * tickMs (2) is how often it makes five edits: 30 keeps it under a device's sustained message
 * budget (200 a second), so a long burst is not cut off for flooding.
 */
import * as Y from 'yjs';
import { addCard, updateCard } from '../../shared/src/index.js';
import { connectControl, connectProvider, synced } from './server.js';

const [baseUrl, wsUrl, workshopId, token, tickMs = '2'] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const doc = new Y.Doc();
console.log(`client ${doc.clientID}`);
const control = connectControl(baseUrl, token, workshopId);
control.on('save:state', (state) => {
  if (state.clientId === doc.clientID) console.log(`saved ${state.clock}`);
});
control.on('connect', () => void control.emitWithAck('save:watch', { clientId: doc.clientID }));
const provider = connectProvider(wsUrl, workshopId, token, doc);
await synced(provider);
console.log('synced');

let n = 0;
// Its own cards: two editors of one team writing the same card ids would edit each other's.
const card = (i: number) => `burst-${doc.clientID}-${i}`;
// Many small transactions, a few per turn of the event loop, for as long as the process lives.
setInterval(() => {
  for (let i = 0; i < 5; i++) {
    n += 1;
    if (n % 3 === 0) updateCard(doc, card(n - 1), { note: `edited ${n}` });
    else addCard(doc, card(n), { title: `Burst card ${n}` });
  }
}, Number(tickMs));
