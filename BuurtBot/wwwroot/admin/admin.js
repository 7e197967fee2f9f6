// Admin pages: canned replies into the reply box, and live updates over SignalR.
// No resident text is ever put in as markup here: lists and transcripts come back as
// server-rendered (Razor-encoded) fragments, canned texts go in through .value.
'use strict';
(() => {
  const canned = document.getElementById('canned');
  if (canned) {
    canned.addEventListener('change', () => {
      const option = canned.selectedOptions[0];
      const box = document.getElementById('reply-text');
      if (option && option.dataset.text && box) {
        box.value = option.dataset.text;
        box.focus();
      }
    });
  }

  // A transcript region opens at its newest message, and stays there as new ones arrive.
  const scrollToEnd = () => document.querySelectorAll('[data-scroll-end]').forEach((region) => { region.scrollTop = region.scrollHeight; });
  scrollToEnd();

  const live = document.querySelectorAll('[data-refresh]');
  if (!window.signalR || live.length === 0) {
    return;
  }

  const chat = document.querySelector('[data-conversation]');
  const chatId = chat ? chat.dataset.conversation.toLowerCase() : null;
  const announcer = document.getElementById('live-status');

  const refresh = async (element) => {
    const response = await fetch(element.dataset.refresh, { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    if (!response.ok) {
      return;
    }
    const fragment = new DOMParser().parseFromString(await response.text(), 'text/html');
    element.replaceChildren(...fragment.body.childNodes);
    scrollToEnd();
  };
  const refreshAll = (kind) => document.querySelectorAll(`[data-refresh][data-on="${kind}"]`).forEach(refresh);

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/admin/live')
    .withAutomaticReconnect()
    .build();
  connection.on('ConversationChanged', (id, owner) => {
    refreshAll('conversations');
    if (owner === 'Queue' && announcer) {
      announcer.textContent = 'Er wacht een bewoner op een coördinator.';
    }
  });
  connection.on('TranscriptChanged', (id) => {
    if (chatId && String(id).toLowerCase() === chatId) {
      refreshAll('transcript');
    }
  });

  const watch = async () => {
    if (chatId) {
      await connection.invoke('Watch', chatId);
    }
    document.body.dataset.live = 'connected';
  };
  connection.onreconnecting(() => { document.body.dataset.live = 'reconnecting'; });
  connection.onreconnected(async () => {
    await watch();
    refreshAll('conversations');
    refreshAll('transcript');
  });
  connection.start().then(watch).catch(() => { document.body.dataset.live = 'failed'; });
})();
