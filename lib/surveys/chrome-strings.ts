// The words around the questions, per locale. Templates carry the questions themselves.
export type Chrome = {
  htmlTitle: string;
  language: string;
  optional: string;
  allOptional: string;
  submit: string;
  sending: string;
  clear: string;
  npsLow: string;
  npsHigh: string;
  csatLow: string;
  csatHigh: string;
  cesLow: string;
  cesHigh: string;
  chooseOne: string;
  chooseAny: string;
  commentHint: string;
  /** the optional call back offered on a low score */
  callbackTitle: string;
  callbackHint: string;
  callbackLabel: string;
  callbackConsent: string;
  errContact: string;
  errConsent: string;
  thanksTitle: string;
  queuedTitle: string;
  queuedBody: string;
  queuedHint: string;
  sentNow: string;
  answeredTitle: string;
  answeredBody: string;
  expiredTitle: string;
  expiredBody: string;
  unknownTitle: string;
  unknownBody: string;
  errorTitle: string;
  errorBody: string;
  tryAgain: string;
  fixBelow: string;
  errRange: string;
  errTooLong: string;
  errChoice: string;
  errEmpty: string;
  errRateLimited: string;
  offlineNote: string;
  droppedNote: string;
  kioskPending: string;
  kioskAllSent: string;
  kioskNext: string;
  kioskNoKey: string;
  kioskBadKey: string;
  kioskLoading: string;
  kioskTitle: string;
  /** the printed QR poster: a headline and a line under it */
  posterTitle: string;
  posterSub: string;
};

export const CHROME_EN: Chrome = {
  htmlTitle: "Quick survey",
  language: "Language",
  optional: "optional",
  allOptional: "Every question is optional.",
  submit: "Send",
  sending: "Sending…",
  clear: "Clear",
  npsLow: "0 = not at all likely",
  npsHigh: "10 = extremely likely",
  csatLow: "1 = very dissatisfied",
  csatHigh: "5 = very satisfied",
  cesLow: "1 = strongly disagree",
  cesHigh: "7 = strongly agree",
  chooseOne: "Choose one",
  chooseAny: "Choose any",
  commentHint: "Optional, up to 2,000 characters.",
  callbackTitle: "May we contact you?",
  callbackHint:
    "Leave a phone number or email if you would like someone to call you back about this. Only the manager handling it sees it, and it is deleted when they are done.",
  callbackLabel: "Phone or email",
  callbackConsent: "Yes, you may contact me about this answer.",
  errContact: "Please enter a phone number or an email address.",
  errConsent: "Tick the box so we may contact you, or leave the field empty.",
  thanksTitle: "Thank you!",
  queuedTitle: "Saved on your device",
  queuedBody: "Thanks! We'll send it when you're back online.",
  queuedHint: "You can close this page. Your answer is saved on this device.",
  sentNow: "Your answer has been sent.",
  answeredTitle: "Already answered",
  answeredBody: "This survey has already been answered. Thank you for taking part!",
  expiredTitle: "This link has expired",
  expiredBody: "Survey links stay open for a limited time. Thank you for wanting to share your view!",
  unknownTitle: "Link not found",
  unknownBody: "Please check that the whole link was copied, or scan the QR code again.",
  errorTitle: "Something went wrong",
  errorBody: "We could not save your answer just now. Please try again in a moment.",
  tryAgain: "Try again",
  fixBelow: "Please check the answer marked below.",
  errRange: "Choose a number from {min} to {max}.",
  errTooLong: "Please keep it under 2,000 characters.",
  errChoice: "Please choose from the options shown.",
  errEmpty: "Please answer at least one question.",
  errRateLimited: "Too many attempts. Please wait a minute and send again.",
  offlineNote: "You're offline. You can still answer – we'll send it when you're back online.",
  droppedNote: "One saved answer could not be delivered: {reason}",
  kioskPending: "{n} waiting to sync",
  kioskAllSent: "All answers sent",
  kioskNext: "Ready for the next guest in a moment…",
  kioskNoKey: "This device has no kiosk key yet. Open the kiosk link an admin gave you.",
  kioskBadKey: "This kiosk key is not valid any more. Ask an admin for a new kiosk link.",
  kioskLoading: "Loading…",
  kioskTitle: "Kiosk",
  posterTitle: "How did we do?",
  posterSub: "Scan with your phone camera. It takes about 20 seconds.",
};

export const CHROME_JA: Chrome = {
  htmlTitle: "かんたんアンケート",
  language: "言語",
  optional: "任意",
  allOptional: "すべての質問への回答は任意です。",
  submit: "送信する",
  sending: "送信中…",
  clear: "選択を解除",
  npsLow: "0 = まったく思わない",
  npsHigh: "10 = 非常にそう思う",
  csatLow: "1 = とても不満",
  csatHigh: "5 = とても満足",
  cesLow: "1 = まったくそう思わない",
  cesHigh: "7 = 強くそう思う",
  chooseOne: "1つ選んでください",
  chooseAny: "いくつでも選べます",
  commentHint: "任意・2000文字まで",
  callbackTitle: "ご連絡してもよろしいですか？",
  callbackHint:
    "折り返しのご連絡をご希望の場合は、電話番号かメールアドレスをご記入ください。担当のマネージャーだけが見ることができ、対応が終わると削除されます。",
  callbackLabel: "電話番号またはメールアドレス",
  callbackConsent: "はい、この回答について連絡を受けることに同意します。",
  errContact: "電話番号かメールアドレスを入力してください。",
  errConsent: "ご連絡に同意いただける場合はチェックを入れてください。不要な場合は欄を空のままにしてください。",
  thanksTitle: "ありがとうございました！",
  queuedTitle: "端末に保存しました",
  queuedBody: "ありがとうございます！オンラインに戻ったら自動で送信します。",
  queuedHint: "このページを閉じても大丈夫です。回答はこの端末に保存されています。",
  sentNow: "回答を送信しました。",
  answeredTitle: "回答済みです",
  answeredBody: "このアンケートにはすでにご回答いただいています。ご協力ありがとうございました！",
  expiredTitle: "このリンクは有効期限が切れています",
  expiredBody:
    "アンケートのリンクには有効期限があります。ご意見をお寄せいただこうとしてくださり、ありがとうございます。",
  unknownTitle: "リンクが見つかりません",
  unknownBody: "リンクが最後まで正しくコピーされているかご確認いただくか、QRコードをもう一度読み取ってください。",
  errorTitle: "エラーが発生しました",
  errorBody: "ただいま回答を保存できませんでした。しばらくしてからもう一度お試しください。",
  tryAgain: "もう一度試す",
  fixBelow: "下記の回答をご確認ください。",
  errRange: "{min}～{max}の中から選んでください。",
  errTooLong: "2000文字以内でご記入ください。",
  errChoice: "表示されている選択肢から選んでください。",
  errEmpty: "少なくとも1つの質問にお答えください。",
  errRateLimited: "送信が集中しています。1分ほど待ってからもう一度送信してください。",
  offlineNote: "現在オフラインです。このまま回答でき、オンラインに戻ったら送信されます。",
  droppedNote: "保存済みの回答を1件送信できませんでした：{reason}",
  kioskPending: "送信待ち {n} 件",
  kioskAllSent: "すべて送信済み",
  kioskNext: "まもなく次の方の画面に戻ります…",
  kioskNoKey: "この端末にはキオスクキーが設定されていません。管理者から受け取ったキオスク用リンクを開いてください。",
  kioskBadKey: "このキオスクキーは無効になっています。管理者に新しいリンクを依頼してください。",
  kioskLoading: "読み込み中…",
  kioskTitle: "キオスク",
  posterTitle: "ご利用はいかがでしたか？",
  posterSub: "スマートフォンのカメラで読み取ってください。約20秒で終わります。",
};

export const CHROME_DE: Chrome = {
  htmlTitle: "Kurze Umfrage",
  language: "Sprache",
  optional: "optional",
  allOptional: "Alle Fragen sind freiwillig.",
  submit: "Absenden",
  sending: "Wird gesendet …",
  clear: "Auswahl löschen",
  npsLow: "0 = äußerst unwahrscheinlich",
  npsHigh: "10 = äußerst wahrscheinlich",
  csatLow: "1 = sehr unzufrieden",
  csatHigh: "5 = sehr zufrieden",
  cesLow: "1 = stimme überhaupt nicht zu",
  cesHigh: "7 = stimme voll und ganz zu",
  chooseOne: "Bitte eine Antwort wählen",
  chooseAny: "Mehrfachauswahl möglich",
  commentHint: "Optional, bis zu 2.000 Zeichen.",
  callbackTitle: "Dürfen wir Sie kontaktieren?",
  callbackHint:
    "Hinterlassen Sie eine Telefonnummer oder E-Mail-Adresse, wenn Sie einen Rückruf dazu möchten. Nur die zuständige Führungskraft sieht sie, und sie wird gelöscht, sobald der Fall erledigt ist.",
  callbackLabel: "Telefon oder E-Mail",
  callbackConsent: "Ja, Sie dürfen mich zu dieser Antwort kontaktieren.",
  errContact: "Bitte geben Sie eine Telefonnummer oder E-Mail-Adresse ein.",
  errConsent: "Bitte setzen Sie das Häkchen, damit wir Sie kontaktieren dürfen, oder lassen Sie das Feld leer.",
  thanksTitle: "Vielen Dank!",
  queuedTitle: "Auf Ihrem Gerät gespeichert",
  queuedBody: "Danke! Wir senden Ihre Antwort, sobald Sie wieder online sind.",
  queuedHint: "Sie können diese Seite schließen. Ihre Antwort ist auf diesem Gerät gespeichert.",
  sentNow: "Ihre Antwort wurde gesendet.",
  answeredTitle: "Bereits beantwortet",
  answeredBody: "Diese Umfrage wurde bereits beantwortet. Danke fürs Mitmachen!",
  expiredTitle: "Dieser Link ist abgelaufen",
  expiredBody: "Umfragelinks sind nur begrenzt gültig. Danke, dass Sie uns Ihre Meinung sagen wollten!",
  unknownTitle: "Link nicht gefunden",
  unknownBody: "Bitte prüfen Sie, ob der Link vollständig kopiert wurde, oder scannen Sie den QR-Code erneut.",
  errorTitle: "Da ist etwas schiefgelaufen",
  errorBody: "Ihre Antwort konnte gerade nicht gespeichert werden. Bitte versuchen Sie es gleich noch einmal.",
  tryAgain: "Erneut versuchen",
  fixBelow: "Bitte prüfen Sie die markierte Antwort.",
  errRange: "Bitte eine Zahl von {min} bis {max} wählen.",
  errTooLong: "Bitte höchstens 2.000 Zeichen.",
  errChoice: "Bitte aus den angezeigten Optionen wählen.",
  errEmpty: "Bitte beantworten Sie mindestens eine Frage.",
  errRateLimited: "Zu viele Versuche. Bitte warten Sie eine Minute und senden Sie dann erneut.",
  offlineNote: "Sie sind offline. Sie können trotzdem antworten – wir senden, sobald Sie wieder online sind.",
  droppedNote: "Eine gespeicherte Antwort konnte nicht zugestellt werden: {reason}",
  kioskPending: "{n} warten auf Übertragung",
  kioskAllSent: "Alle Antworten gesendet",
  kioskNext: "Gleich geht es für den nächsten Gast weiter …",
  kioskNoKey: "Dieses Gerät hat noch keinen Kiosk-Schlüssel. Öffnen Sie den Kiosk-Link von Ihrer Administration.",
  kioskBadKey: "Dieser Kiosk-Schlüssel ist nicht mehr gültig. Bitten Sie um einen neuen Kiosk-Link.",
  kioskLoading: "Wird geladen …",
  kioskTitle: "Kiosk",
  posterTitle: "Wie waren wir?",
  posterSub: "Mit der Handykamera scannen. Dauert etwa 20 Sekunden.",
};

export const CHROME_RU: Chrome = {
  htmlTitle: "Короткий опрос",
  language: "Язык",
  optional: "необязательно",
  allOptional: "На любой вопрос можно не отвечать.",
  submit: "Отправить",
  sending: "Отправляем…",
  clear: "Сбросить",
  npsLow: "0 — совсем маловероятно",
  npsHigh: "10 — очень вероятно",
  csatLow: "1 — совсем недоволен",
  csatHigh: "5 — очень доволен",
  cesLow: "1 — совсем не так",
  cesHigh: "7 — именно так",
  chooseOne: "Выберите один вариант",
  chooseAny: "Можно выбрать несколько",
  commentHint: "Необязательно, до 2000 символов.",
  callbackTitle: "Можно с вами связаться?",
  callbackHint:
    "Оставьте телефон или e-mail, если хотите, чтобы вам перезвонили. Их увидит только менеджер, который занимается вашим обращением, и они будут удалены, когда он закончит.",
  callbackLabel: "Телефон или e-mail",
  callbackConsent: "Да, со мной можно связаться по поводу этого ответа.",
  errContact: "Введите номер телефона или адрес e-mail.",
  errConsent: "Отметьте согласие на связь или оставьте поле пустым.",
  thanksTitle: "Спасибо!",
  queuedTitle: "Сохранено на устройстве",
  queuedBody: "Спасибо! Мы отправим ответ, как только появится интернет.",
  queuedHint: "Страницу можно закрыть — ответ сохранён на этом устройстве.",
  sentNow: "Ваш ответ отправлен.",
  answeredTitle: "Ответ уже получен",
  answeredBody: "На этот опрос уже ответили. Спасибо за участие!",
  expiredTitle: "Срок действия ссылки истёк",
  expiredBody: "Ссылки на опрос действуют ограниченное время. Спасибо, что хотели поделиться мнением!",
  unknownTitle: "Ссылка не найдена",
  unknownBody: "Проверьте, что ссылка скопирована полностью, или отсканируйте QR-код ещё раз.",
  errorTitle: "Что-то пошло не так",
  errorBody: "Сейчас не удалось сохранить ответ. Попробуйте ещё раз чуть позже.",
  tryAgain: "Попробовать ещё раз",
  fixBelow: "Проверьте отмеченный ответ.",
  errRange: "Выберите число от {min} до {max}.",
  errTooLong: "Пожалуйста, не больше 2000 символов.",
  errChoice: "Выберите из предложенных вариантов.",
  errEmpty: "Ответьте хотя бы на один вопрос.",
  errRateLimited: "Слишком много попыток. Подождите минуту и отправьте ещё раз.",
  offlineNote: "Нет подключения к интернету. Ответить всё равно можно — мы отправим ответ, когда связь появится.",
  droppedNote: "Один сохранённый ответ не удалось доставить: {reason}",
  kioskPending: "Ожидают отправки: {n}",
  kioskAllSent: "Все ответы отправлены",
  kioskNext: "Через мгновение — для следующего гостя…",
  kioskNoKey: "На этом устройстве нет ключа киоска. Откройте ссылку для киоска, которую дал администратор.",
  kioskBadKey: "Ключ киоска больше не действует. Попросите у администратора новую ссылку.",
  kioskLoading: "Загрузка…",
  kioskTitle: "Киоск",
  posterTitle: "Как мы справились?",
  posterSub: "Наведите камеру телефона на код. Это займёт около 20 секунд.",
};

export const CHROME_FI: Chrome = {
  htmlTitle: "Pikakysely",
  language: "Kieli",
  optional: "vapaaehtoinen",
  allOptional: "Kaikki kysymykset ovat vapaaehtoisia.",
  submit: "Lähetä",
  sending: "Lähetetään…",
  clear: "Tyhjennä",
  npsLow: "0 = en lainkaan todennäköisesti",
  npsHigh: "10 = erittäin todennäköisesti",
  csatLow: "1 = erittäin tyytymätön",
  csatHigh: "5 = erittäin tyytyväinen",
  cesLow: "1 = täysin eri mieltä",
  cesHigh: "7 = täysin samaa mieltä",
  chooseOne: "Valitse yksi",
  chooseAny: "Voit valita useita",
  commentHint: "Vapaaehtoinen, enintään 2 000 merkkiä.",
  callbackTitle: "Saammeko ottaa sinuun yhteyttä?",
  callbackHint:
    "Jätä puhelinnumero tai sähköpostiosoite, jos haluat, että sinulle soitetaan takaisin. Sen näkee vain asiaa hoitava esihenkilö, ja se poistetaan, kun asia on käsitelty.",
  callbackLabel: "Puhelin tai sähköposti",
  callbackConsent: "Kyllä, minuun saa ottaa yhteyttä tästä vastauksesta.",
  errContact: "Anna puhelinnumero tai sähköpostiosoite.",
  errConsent: "Rastita ruutu, jotta saamme ottaa yhteyttä, tai jätä kenttä tyhjäksi.",
  thanksTitle: "Kiitos!",
  queuedTitle: "Tallennettu laitteellesi",
  queuedBody: "Kiitos! Lähetämme vastauksen, kun olet taas verkossa.",
  queuedHint: "Voit sulkea sivun. Vastauksesi on tallessa tällä laitteella.",
  sentNow: "Vastauksesi on lähetetty.",
  answeredTitle: "Tähän on jo vastattu",
  answeredBody: "Tähän kyselyyn on jo vastattu. Kiitos osallistumisesta!",
  expiredTitle: "Linkki on vanhentunut",
  expiredBody: "Kyselylinkit ovat voimassa rajoitetun ajan. Kiitos, että halusit kertoa mielipiteesi!",
  unknownTitle: "Linkkiä ei löytynyt",
  unknownBody: "Tarkista, että koko linkki kopioitui, tai skannaa QR-koodi uudelleen.",
  errorTitle: "Jokin meni vikaan",
  errorBody: "Vastaustasi ei juuri nyt saatu tallennettua. Yritä hetken päästä uudelleen.",
  tryAgain: "Yritä uudelleen",
  fixBelow: "Tarkista alla merkitty vastaus.",
  errRange: "Valitse luku väliltä {min}–{max}.",
  errTooLong: "Enintään 2 000 merkkiä, kiitos.",
  errChoice: "Valitse näytetyistä vaihtoehdoista.",
  errEmpty: "Vastaa vähintään yhteen kysymykseen.",
  errRateLimited: "Liian monta yritystä. Odota hetki ja lähetä uudelleen.",
  offlineNote: "Olet offline-tilassa. Voit silti vastata – lähetämme vastauksen, kun yhteys palaa.",
  droppedNote: "Yhtä tallennettua vastausta ei voitu toimittaa: {reason}",
  kioskPending: "{n} odottaa lähetystä",
  kioskAllSent: "Kaikki vastaukset lähetetty",
  kioskNext: "Kohta valmiina seuraavalle asiakkaalle…",
  kioskNoKey: "Tällä laitteella ei ole vielä kioskiavainta. Avaa ylläpitäjältä saamasi kioskilinkki.",
  kioskBadKey: "Tämä kioskiavain ei ole enää voimassa. Pyydä ylläpitäjältä uusi kioskilinkki.",
  kioskLoading: "Ladataan…",
  kioskTitle: "Kioski",
  posterTitle: "Miten onnistuimme?",
  posterSub: "Skannaa puhelimen kameralla. Vastaaminen vie noin 20 sekuntia.",
};
