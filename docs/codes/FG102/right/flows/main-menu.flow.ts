import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Main_Menu', params: z.object({}) }, (f) => {
  const bye = f.disconnect('Bye');
  const menu = f.menu('Menu', { say: 'Press 1 to hear our opening hours.', choices: { 1: 'hours' } });
  f.start.then(menu);
  const hours = f.playMessage('Hours', { say: 'We are open from 9 to 5.' });
  hours.then(bye);
  menu.on('1', hours);
  menu.on('timeout', bye);
  menu.on('invalid', menu);
});
