<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>ActionAuditor</name>
    <message>
        <source>not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
</context>
<context>
    <name>ActionOutcomePresenter</name>
    <message>
        <source>“%1” %2 — confirmed by DialNexa.</source>
        <translation>“%1” %2 — DialNexa ने पुष्टि की।</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>कार्रवाई “%1” विफल — “%2”: %3</translation>
    </message>
    <message>
        <source>Workflow no longer exists</source>
        <translation>वर्कफ़्लो अब मौजूद नहीं है</translation>
    </message>
    <message>
        <source>“%1” no longer exists on DialNexa (it may have been deleted). It was removed from the list.</source>
        <translation>“%1” अब DialNexa पर मौजूद नहीं है (शायद हटा दिया गया)। इसे सूची से हटा दिया गया।</translation>
    </message>
    <message>
        <source>The console could not confirm whether “%1” was %2. Its last confirmed status is shown.</source>
        <translation>कंसोल पुष्टि नहीं कर सका कि “%1” %2 हुआ या नहीं। इसकी अंतिम पुष्ट स्थिति दिखाई गई है।</translation>
    </message>
    <message numerus="yes">
        <source>DialNexa asks to wait %n second(s) before retrying.</source>
        <translation>
            <numerusform>DialNexa दोबारा कोशिश से पहले %n सेकंड रुकने को कहता है।</numerusform>
            <numerusform>DialNexa दोबारा कोशिश से पहले %n सेकंड रुकने को कहता है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionProblemList</name>
    <message>
        <source>DialNexa said: “%1”.</source>
        <translation>DialNexa ने कहा: “%1”।</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP स्थिति: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>सर्वर संदेश: %1</translation>
    </message>
    <message>
        <source>Requests sent: %1</source>
        <translation>भेजे गए अनुरोध: %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>इंसिडेंट: %1</translation>
    </message>
    <message>
        <source>A bulk action is still running; retry when it has finished.</source>
        <translation>एक सामूहिक कार्रवाई अभी चल रही है; उसके पूरा होने पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Incident %1 has nothing left to retry.</source>
        <translation>इंसिडेंट %1 में दोबारा आज़माने को कुछ नहीं बचा।</translation>
    </message>
    <message>
        <source>An action is already waiting for DialNexa on this workflow.</source>
        <translation>इस वर्कफ़्लो पर एक कार्रवाई पहले से DialNexa की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>This action cannot be sent again from here.</source>
        <translation>यह कार्रवाई यहाँ से दोबारा नहीं भेजी जा सकती।</translation>
    </message>
</context>
<context>
    <name>ActivityEntry</name>
    <message>
        <source>this console</source>
        <translation>यह कंसोल</translation>
    </message>
    <message>
        <source>not by this console</source>
        <translation>इस कंसोल से नहीं</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>वर्कफ़्लो</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <source>No status changes seen yet this session.</source>
        <translation>इस सत्र में अभी तक कोई स्थिति नहीं बदली।</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>no complete answer within the overall deadline of %1 ms (the server may keep the connection alive without finishing its answer)</source>
        <translation>%1 ms की कुल समय-सीमा में पूरा उत्तर नहीं मिला (सर्वर उत्तर पूरा किए बिना कनेक्शन खुला रख सकता है)</translation>
    </message>
    <message>
        <source>DialNexa sent a reply too large to be a workflow page (%1 MB); nothing was changed</source>
        <translation>DialNexa ने वर्कफ़्लो पेज के लिए बहुत बड़ा उत्तर भेजा (%1 MB); कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <source>DialNexa sent a reply too large to be read (%1 MB); nothing was changed</source>
        <translation>DialNexa ने पढ़ने के लिए बहुत बड़ा उत्तर भेजा (%1 MB); कुछ नहीं बदला गया</translation>
    </message>
    <message>
        <source>DialNexa answered the %1 with a reply too large to read (%2 MB); whether it took effect is unknown</source>
        <translation>DialNexa ने %1 का उत्तर बहुत बड़ा भेजा (%2 MB); असर हुआ या नहीं, पता नहीं</translation>
    </message>
    <message>
        <source>DialNexa answered the %1 with HTTP %2 instead of a result</source>
        <translation>DialNexa ने %1 के उत्तर में परिणाम की जगह HTTP %2 भेजा</translation>
    </message>
    <message>
        <source>DialNexa answered the %1 with a redirect (HTTP %2) to %3; redirects are not followed for actions</source>
        <translation>DialNexa ने %1 के उत्तर में %3 पर रीडायरेक्ट (HTTP %2) भेजा; कार्रवाइयों के लिए रीडायरेक्ट नहीं माने जाते</translation>
    </message>
    <message>
        <source>DialNexa redirected the request to %1, a different server than the base URL (%2); the console did not follow it so the API key is not sent there. Check the base URL</source>
        <translation>DialNexa ने अनुरोध को %1 पर भेजा, जो बेस URL (%2) से अलग सर्वर है; कंसोल वहाँ नहीं गया, इसलिए API कुंजी वहाँ नहीं भेजी गई। बेस URL जाँचें</translation>
    </message>
    <message>
        <source>unexpected HTTP %1 reply</source>
        <translation>अनपेक्षित HTTP %1 उत्तर</translation>
    </message>
    <message>
        <source>the connection closed before DialNexa answered, and the request was not sent a second time (%1)</source>
        <translation>DialNexa के उत्तर से पहले कनेक्शन बंद हो गया, और अनुरोध दोबारा नहीं भेजा गया (%1)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ऑफ़सेट %1 पर अमान्य JSON: %2</translation>
    </message>
    <message>
        <source>The base URL is not a valid address. Use something like %1.</source>
        <translation>बेस URL मान्य पता नहीं है। %1 जैसा पता लिखें।</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (it starts with %1://).</source>
        <translation>बेस URL https:// से शुरू होना चाहिए (यह %1:// से शुरू होता है)।</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>The base URL has no host name. Use something like %1.</source>
        <translation>बेस URL में होस्ट नाम नहीं है। %1 जैसा पता लिखें।</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted to %1. Use https://; http:// is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>सादा http:// API कुंजी को बिना एन्क्रिप्शन के %1 पर भेजेगा। https:// इस्तेमाल करें; http:// केवल इसी कंप्यूटर के लिए है (localhost, 127.0.0.1, ::1)।</translation>
    </message>
    <message>
        <source>the proxy %1 wants a valid user name and password</source>
        <translation>प्रॉक्सी %1 को सही उपयोगकर्ता नाम और पासवर्ड चाहिए</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>इस कंप्यूटर का</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>DialNexa answered with a redirect (HTTP %1) instead of a result; the console did not follow it. The action may or may not have taken effect.</source>
        <translation>DialNexa ने परिणाम की जगह रीडायरेक्ट (HTTP %1) भेजा; कंसोल उस पर नहीं गया। कार्रवाई का असर हुआ हो भी सकता है और नहीं भी।</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>Could not reach DialNexa at %1: %2. Check the network or the base URL.</source>
        <translation>%1 पर DialNexa तक नहीं पहुँच सके: %2। नेटवर्क या बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>DialNexa did not answer within %1 seconds. The action may or may not have taken effect.</source>
        <translation>DialNexa ने %1 सेकंड में उत्तर नहीं दिया। कार्रवाई का असर हुआ हो भी सकता है और नहीं भी।</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>हैंडशेक विफल</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The console did not send the request; check the base URL and the server&apos;s certificate.</source>
        <translation>%1 से सुरक्षित कनेक्शन विफल: %2। कंसोल ने अनुरोध नहीं भेजा; बेस URL और सर्वर का सर्टिफ़िकेट जाँचें।</translation>
    </message>
    <message>
        <source>The console refused to send the API key over an insecure connection to %1.</source>
        <translation>कंसोल ने %1 के असुरक्षित कनेक्शन पर API कुंजी भेजने से मना कर दिया।</translation>
    </message>
    <message>
        <source>DialNexa rejected the API key (401). Sign in again with a valid key.</source>
        <translation>DialNexa ने API कुंजी अस्वीकार की (401)। मान्य कुंजी से फिर साइन इन करें।</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that (403).</source>
        <translation>इस API कुंजी को यह करने की अनुमति नहीं है (403)।</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that (403): %1</source>
        <translation>इस API कुंजी को यह करने की अनुमति नहीं है (403): %1</translation>
    </message>
    <message>
        <source>DialNexa could not find that workflow (404); it may have been deleted.</source>
        <translation>DialNexa को वह वर्कफ़्लो नहीं मिला (404); शायद हटा दिया गया है।</translation>
    </message>
    <message>
        <source>DialNexa could not find that (404): %1</source>
        <translation>DialNexa को वह नहीं मिला (404): %1</translation>
    </message>
    <message>
        <source>DialNexa refused the action because the workflow is not in a state that allows it (409).</source>
        <translation>DialNexa ने कार्रवाई मना की, क्योंकि वर्कफ़्लो ऐसी स्थिति में नहीं है (409)।</translation>
    </message>
    <message>
        <source>DialNexa refused the action (409): %1</source>
        <translation>DialNexa ने कार्रवाई मना की (409): %1</translation>
    </message>
    <message>
        <source>DialNexa is rate-limiting requests; retrying in %1 s.</source>
        <translation>DialNexa अनुरोधों की दर सीमित कर रहा है; %1 s में फिर कोशिश।</translation>
    </message>
    <message>
        <source>DialNexa is rate-limiting requests; try again in a moment.</source>
        <translation>DialNexa अनुरोधों की दर सीमित कर रहा है; थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>DialNexa rejected the request (HTTP %1).</source>
        <translation>DialNexa ने अनुरोध अस्वीकार किया (HTTP %1)।</translation>
    </message>
    <message>
        <source>DialNexa rejected the request (HTTP %1): %2</source>
        <translation>DialNexa ने अनुरोध अस्वीकार किया (HTTP %1): %2</translation>
    </message>
    <message>
        <source>DialNexa sent a response the console could not read (%1).</source>
        <translation>DialNexa ने ऐसा उत्तर भेजा जिसे कंसोल पढ़ नहीं सका (%1)।</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>अनपेक्षित सामग्री</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>अनुरोध रद्द किया गया।</translation>
    </message>
    <message>
        <source>the configured server</source>
        <translation>सेट किया गया सर्वर</translation>
    </message>
    <message>
        <source>DialNexa is having problems (HTTP %1). It is usually temporary; try again shortly.</source>
        <translation>DialNexa में समस्या है (HTTP %1)। यह आमतौर पर अस्थायी होती है; थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>DialNexa had an internal error (HTTP %1). Try again; contact DialNexa support if it persists.</source>
        <translation>DialNexa में आंतरिक त्रुटि हुई (HTTP %1)। फिर कोशिश करें; बार-बार हो तो DialNexa सहायता से संपर्क करें।</translation>
    </message>
</context>
<context>
    <name>ApiKeyResolver</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>कोई कीचेन सेट नहीं है।</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API कुंजी खाली है।</translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain (%1). It will be used for this session only.</source>
        <translation>कुंजी सिस्टम कीचेन में सहेजी नहीं जा सकी (%1)। यह केवल इस सत्र में इस्तेमाल होगी।</translation>
    </message>
    <message>
        <source>The API key was saved in the system keychain.</source>
        <translation>API कुंजी सिस्टम कीचेन में सहेजी गई।</translation>
    </message>
    <message>
        <source> %1 is still set in the environment and overrides the keychain.</source>
        <translation> %1 अब भी एनवायरनमेंट में सेट है और कीचेन की जगह वही चलता है।</translation>
    </message>
    <message>
        <source>The session key was forgotten.</source>
        <translation>सत्र की कुंजी भुला दी गई।</translation>
    </message>
    <message>
        <source>Signed out: the API key was removed.</source>
        <translation>साइन आउट: API कुंजी हटा दी गई।</translation>
    </message>
    <message>
        <source>The session key was forgotten, but the system keychain could not be reached (%1).</source>
        <translation>सत्र की कुंजी भुला दी गई, पर सिस्टम कीचेन तक नहीं पहुँच सके (%1)।</translation>
    </message>
    <message>
        <source>The session key was forgotten, but the keychain entry could not be removed: %1</source>
        <translation>सत्र की कुंजी भुला दी गई, पर कीचेन की प्रविष्टि हटाई नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>ऑडिट लॉग (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>No data file is attached to the audit log</source>
        <translation>ऑडिट लॉग से कोई डेटा फ़ाइल जुड़ी नहीं है</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Requested (UTC)</source>
        <translation>अनुरोध (UTC)</translation>
    </message>
    <message>
        <source>Completed (UTC)</source>
        <translation>पूरा (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API होस्ट</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>वर्कफ़्लो</translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation>वर्कफ़्लो ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>सर्वर संदेश</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>इंसिडेंट</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Workflow name or ID</source>
        <translation>वर्कफ़्लो का नाम या ID</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>कोई भी कार्रवाई</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>कोई भी परिणाम</translation>
    </message>
    <message>
        <source>done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>already in target</source>
        <translation>पहले से लक्ष्य स्थिति में</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>pending (no outcome)</source>
        <translation>लंबित (कोई परिणाम नहीं)</translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>कोई भी इंसिडेंट</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>The audit log is not available: %1</source>
        <translation>ऑडिट लॉग उपलब्ध नहीं है: %1</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>खुला नहीं</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>ऑडिट लॉग निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 नहीं लिख सके: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audited request(s) shown</source>
        <translation>
            <numerusform>%n ऑडिट किया गया अनुरोध दिखाया गया</numerusform>
            <numerusform>%n ऑडिट किए गए अनुरोध दिखाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n पंक्ति %1 में निर्यात की गई</numerusform>
            <numerusform>%n पंक्तियाँ %1 में निर्यात की गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>ऑपरेटर फ़िल्टर</translation>
    </message>
    <message numerus="yes">
        <source>%n audited request(s) of the whole team shown</source>
        <translation>
            <numerusform>पूरी टीम का %n ऑडिट किया गया अनुरोध दिखाया गया</numerusform>
            <numerusform>पूरी टीम के %n ऑडिट किए गए अनुरोध दिखाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReconciler</name>
    <message>
        <source>Outcome unknown — the workflow no longer exists on DialNexa</source>
        <translation>परिणाम अज्ञात — वर्कफ़्लो अब DialNexa पर नहीं है</translation>
    </message>
    <message>
        <source>Outcome unknown — status read afterwards: %1</source>
        <translation>परिणाम अज्ञात — बाद में पढ़ी गई स्थिति: %1</translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <source>%1 h</source>
        <translation>%1 घं</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मि</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मि %2 से</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>DialNexa answered %1 but said the workflow is “%2”, not %3.</source>
        <translation>DialNexa ने %1 उत्तर दिया, पर बताया कि वर्कफ़्लो “%2” है, %3 नहीं।</translation>
    </message>
    <message>
        <source>DialNexa answered %1 without saying whether the workflow is %2.</source>
        <translation>DialNexa ने %1 उत्तर दिया, पर यह नहीं बताया कि वर्कफ़्लो %2 है या नहीं।</translation>
    </message>
    <message>
        <source>DialNexa asked to wait %1; not retried — %2 it again later.</source>
        <translation>DialNexa ने %1 रुकने को कहा; दोबारा नहीं भेजा — बाद में फिर %2।</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry after the server asked to slow down; not applied.</source>
        <translation>सर्वर के धीमा करने के कहने पर दोबारा कोशिश की प्रतीक्षा में रद्द किया; लागू नहीं हुआ।</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent.</source>
        <translation>अनुरोध भेजने से पहले रद्द किया गया।</translation>
    </message>
    <message>
        <source>No connection to the API.</source>
        <translation>API से कोई कनेक्शन नहीं।</translation>
    </message>
    <message>
        <source>the answer said the workflow is &quot;%1&quot;</source>
        <translation>उत्तर के अनुसार वर्कफ़्लो &quot;%1&quot; है</translation>
    </message>
    <message>
        <source>the answer did not say the workflow&apos;s status</source>
        <translation>उत्तर में वर्कफ़्लो की स्थिति नहीं थी</translation>
    </message>
    <message>
        <source>Rejected with 429; re-queued after the shared back-off.</source>
        <translation>429 से अस्वीकार; साझा प्रतीक्षा के बाद फिर कतार में लगाया।</translation>
    </message>
    <message>
        <source>The workflow no longer exists.</source>
        <translation>वर्कफ़्लो अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>परिणाम अज्ञात: %1</translation>
    </message>
    <message>
        <source>Already %1.</source>
        <translation>पहले से %1।</translation>
    </message>
    <message>
        <source>Confirmed %1 by a re-read after: %2</source>
        <translation>दोबारा पढ़ने पर %1 की पुष्टि हुई, इसके बाद: %2</translation>
    </message>
    <message>
        <source>The workflow is %1.</source>
        <translation>वर्कफ़्लो %1 है।</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The workflow is %2.</source>
        <translation>परिणाम अज्ञात: %1 वर्कफ़्लो %2 है।</translation>
    </message>
    <message>
        <source>%1 The workflow is still %2.</source>
        <translation>%1 वर्कफ़्लो अब भी %2 है।</translation>
    </message>
    <message>
        <source>Refused (409) and the re-read failed: %1</source>
        <translation>मना किया गया (409) और दोबारा पढ़ना भी विफल: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The re-read failed too: %2</source>
        <translation>परिणाम अज्ञात: %1 दोबारा पढ़ना भी विफल: %2</translation>
    </message>
</context>
<context>
    <name>BulkActionsController</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 already %2</source>
        <translation>%1 पहले से %2</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 नहीं मिले</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 विफल</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 छोड़े गए</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(रद्द)</translation>
    </message>
    <message>
        <source>Pause all active…</source>
        <translation>सभी सक्रिय रोकें…</translation>
    </message>
    <message>
        <source>Pause all…</source>
        <translation>सभी रोकें…</translation>
    </message>
    <message>
        <source>Pause every active workflow the current search and filter show, as one incident (Ctrl+Shift+P)</source>
        <translation>मौजूदा खोज और फ़िल्टर में दिख रहे हर सक्रिय वर्कफ़्लो को एक इंसिडेंट के रूप में रोकें (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Bulk action &amp;progress</source>
        <translation>सामूहिक कार्रवाई की प्रगति (&amp;P)</translation>
    </message>
    <message>
        <source>Pause selected (%1)</source>
        <translation>चुने हुए रोकें (%1)</translation>
    </message>
    <message>
        <source>Resume selected (%1)</source>
        <translation>चुने हुए फिर चालू करें (%1)</translation>
    </message>
    <message>
        <source>None of the selected workflows is active.</source>
        <translation>चुने गए वर्कफ़्लो में से कोई सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>“Pause all active” did not run: the workflow list is incomplete (DialNexa did not send every page), so it could miss active workflows. Nothing was paused. Pause workflows by selection instead, or try again once the whole list loads.</source>
        <translation>“सभी सक्रिय रोकें” नहीं चला: वर्कफ़्लो सूची अधूरी है (DialNexa ने हर पेज नहीं भेजा), इसलिए कुछ सक्रिय वर्कफ़्लो छूट सकते हैं। कुछ नहीं रोका गया। इसके बजाय चुनकर रोकें, या पूरी सूची आने पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>No active workflow matches the current search and filter.</source>
        <translation>मौजूदा खोज और फ़िल्टर से कोई सक्रिय वर्कफ़्लो मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Another bulk action is still running.</source>
        <translation>एक और सामूहिक कार्रवाई अभी चल रही है।</translation>
    </message>
    <message>
        <source>None of the selected workflows is paused.</source>
        <translation>चुने गए वर्कफ़्लो में से कोई रुका हुआ नहीं है।</translation>
    </message>
    <message>
        <source>Nothing was sent: the incident could not be recorded (%1).</source>
        <translation>कुछ नहीं भेजा गया: इंसिडेंट दर्ज नहीं हो सका (%1)।</translation>
    </message>
    <message>
        <source>Pausing %1</source>
        <translation>%1 रोके जा रहे हैं</translation>
    </message>
    <message>
        <source>Pausing %1: “%2”</source>
        <translation>%1 रोके जा रहे हैं: “%2”</translation>
    </message>
    <message>
        <source>%1 — pause</source>
        <translation>%1 — रोकना</translation>
    </message>
    <message>
        <source>Incident %1 opened: pausing %2.</source>
        <translation>इंसिडेंट %1 खुला: %2 रोके जा रहे हैं।</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Incident %1: %2. “Resume incident…” gives these back later.</source>
        <translation>इंसिडेंट %1: %2। “इंसिडेंट फिर चालू करें…” इन्हें बाद में वापस चालू करता है।</translation>
    </message>
    <message>
        <source>Retrying the failed ones…</source>
        <translation>विफल वालों को फिर से आज़मा रहे हैं…</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <translation>दोबारा आज़माने को कुछ नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n टकराव</numerusform>
            <numerusform>%n टकराव</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— DialNexa asked us to slow down %n time(s).</source>
        <translation>
            <numerusform>— DialNexa ने %n बार धीमा करने को कहा।</numerusform>
            <numerusform>— DialNexa ने %n बार धीमा करने को कहा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n वर्कफ़्लो</numerusform>
            <numerusform>%n वर्कफ़्लो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n workflow(s)</source>
        <translation>
            <numerusform>%n वर्कफ़्लो फिर चालू हो रहा है</numerusform>
            <numerusform>%n वर्कफ़्लो फिर चालू हो रहे हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed meanwhile</source>
        <translation>%1 इस बीच पूरे हुए</translation>
    </message>
    <message>
        <source>Nothing was paused.</source>
        <translation>कुछ नहीं रोका गया।</translation>
    </message>
    <message>
        <source>Nothing was resumed.</source>
        <translation>कुछ फिर चालू नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1: gone from the list meanwhile — nothing to %2</source>
        <translation>%1: इस बीच सूची से हट गया — %2 को कुछ नहीं</translation>
    </message>
    <message>
        <source>%1: completed meanwhile — nothing to %2</source>
        <translation>%1: इस बीच पूरा हुआ — %2 को कुछ नहीं</translation>
    </message>
    <message>
        <source>%1: now %2 — nothing to %3</source>
        <translation>%1: अब %2 — %3 को कुछ नहीं</translation>
    </message>
    <message>
        <source>%1: joined since this opened</source>
        <translation>%1: यह खुलने के बाद जुड़ा</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>stop moving</source>
        <translation>रुक जाएँगी</translation>
    </message>
    <message>
        <source>start moving again</source>
        <translation>फिर चलने लगेंगी</translation>
    </message>
    <message>
        <source>Their enrolled leads stop moving (DialNexa does not report how many).</source>
        <translation>इनकी नामांकित लीड रुक जाएँगी (DialNexa संख्या नहीं बताता)।</translation>
    </message>
    <message>
        <source>Their enrolled leads start moving again (DialNexa does not report how many).</source>
        <translation>इनकी नामांकित लीड फिर चलने लगेंगी (DialNexa संख्या नहीं बताता)।</translation>
    </message>
    <message>
        <source>%1 this workflow?</source>
        <translation>यह वर्कफ़्लो %1?</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>कारण (ज़रूरी, ऑडिट लॉग में रखा जाता है):</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit log):</source>
        <translation>कारण (वैकल्पिक, ऑडिट लॉग में रखा जाता है):</translation>
    </message>
    <message>
        <source>e.g. Carrier outage on UK routes</source>
        <translation>जैसे: UK रूट पर कैरियर बंद</translation>
    </message>
    <message>
        <source>Don&apos;t %1</source>
        <translation>%1 नहीं</translation>
    </message>
    <message>
        <source>Type a reason first: it is kept in the audit log.</source>
        <translation>पहले कारण लिखें: यह ऑडिट लॉग में रखा जाता है।</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 workflow(s)</source>
        <translation>
            <numerusform>%2 वर्कफ़्लो %1</numerusform>
            <numerusform>%2 वर्कफ़्लो %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 enrolled lead(s) %2</source>
        <translation>
            <numerusform>लगभग %1 नामांकित लीड %2</numerusform>
            <numerusform>लगभग %1 नामांकित लीड %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(plus those of %n workflow(s) that do not report a count)</source>
        <translation>
            <numerusform>(साथ में उस %n वर्कफ़्लो की भी, जो संख्या नहीं बताता)</numerusform>
            <numerusform>(साथ में उन %n वर्कफ़्लो की भी, जो संख्या नहीं बताते)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n workflow(s)?</source>
        <translation>
            <numerusform>%n वर्कफ़्लो %1?</numerusform>
            <numerusform>%n वर्कफ़्लो %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 these %2 workflow(s)?</source>
        <translation>
            <numerusform>ये %2 वर्कफ़्लो %1?</numerusform>
            <numerusform>ये %2 वर्कफ़्लो %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 लीड</numerusform>
            <numerusform>%1 लीड</numerusform>
        </translation>
    </message>
    <message>
        <source>Workflows in this action</source>
        <translation>इस कार्रवाई के वर्कफ़्लो</translation>
    </message>
    <message>
        <source>Nothing is left to %1.</source>
        <translation>%1 को कुछ नहीं बचा।</translation>
    </message>
</context>
<context>
    <name>BulkProgressWindow</name>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>पहले से %1</translation>
    </message>
    <message>
        <source>Conflict (%1)</source>
        <translation>टकराव (%1)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Resumed (paused by this incident, probably: its pause&apos;s outcome was unknown)</source>
        <translation>फिर चालू किया (शायद इसी इंसिडेंट ने रोका था: रोकने का परिणाम अज्ञात था)</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>फिर चालू किया</translation>
    </message>
    <message>
        <source>Already active (resumed by someone else)</source>
        <translation>पहले से सक्रिय (किसी और ने फिर चालू किया)</translation>
    </message>
    <message>
        <source>Not resumed: cancelled meanwhile</source>
        <translation>फिर चालू नहीं किया: इस बीच रद्द हो गया</translation>
    </message>
    <message>
        <source>Not resumed: not found (deleted, or not this server) — needs attention</source>
        <translation>फिर चालू नहीं किया: नहीं मिला (हटाया गया, या यह सर्वर नहीं) — ध्यान दें</translation>
    </message>
    <message>
        <source>Not resumed: now %1</source>
        <translation>फिर चालू नहीं किया: अब %1</translation>
    </message>
    <message>
        <source>Not resumed: in another state</source>
        <translation>फिर चालू नहीं किया: दूसरी स्थिति में है</translation>
    </message>
    <message>
        <source>Not resumed: this incident&apos;s pause was never confirmed</source>
        <translation>फिर चालू नहीं किया: इस इंसिडेंट के रोकने की कभी पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>Left alone (this incident did not pause it)</source>
        <translation>छोड़ दिया (इस इंसिडेंट ने इसे नहीं रोका था)</translation>
    </message>
    <message>
        <source>Skipped (cancelled)</source>
        <translation>छोड़ा गया (रद्द)</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>सामूहिक कार्रवाई</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%m में से %v पूरे</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>वर्कफ़्लो</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>विफल दोबारा आज़माएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Start no new requests; those already sent finish.</source>
        <translation>नए अनुरोध शुरू न करें; भेजे जा चुके पूरे होंगे।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>DialNexa asked us to slow down; waiting %1 s</source>
        <translation>DialNexa ने धीमा करने को कहा; %1 s प्रतीक्षा</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Already active (%1)</source>
        <translation>पहले से सक्रिय (%1)</translation>
    </message>
    <message>
        <source>Left to a teammate (%1)</source>
        <translation>साथी पर छोड़ा गया (%1)</translation>
    </message>
    <message>
        <source>Completed meanwhile — nothing to %1</source>
        <translation>इस बीच पूरा हुआ — %1 को कुछ नहीं</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>Show &amp;IDs</source>
        <translation>ID दिखाएँ (&amp;I)</translation>
    </message>
    <message>
        <source>Resumed by %1 (paused by %2)</source>
        <translation>%1 ने फिर चालू किया (%2 ने रोका था)</translation>
    </message>
    <message>
        <source>Already active: resumed by %1 (paused by %2)</source>
        <translation>पहले से सक्रिय: %1 ने फिर चालू किया (%2 ने रोका था)</translation>
    </message>
    <message>
        <source>Left to a teammate (%1 is resuming it; paused by %2)</source>
        <translation>टीम के साथी पर छोड़ा गया (%1 इसे फिर चालू कर रहे हैं; %2 ने रोका था)</translation>
    </message>
</context>
<context>
    <name>CancelConfirmation</name>
    <message>
        <source>Cancel workflow</source>
        <translation>वर्कफ़्लो रद्द करें</translation>
    </message>
    <message>
        <source>Cancel “%1” permanently?</source>
        <translation>“%1” को स्थायी रूप से रद्द करें?</translation>
    </message>
    <message>
        <source>A cancelled workflow stops for good: it will not call any more leads, and this cannot be undone — it can never be resumed. To stop it for a while, use Pause instead.</source>
        <translation>रद्द किया गया वर्कफ़्लो हमेशा के लिए रुक जाता है: वह किसी और लीड को कॉल नहीं करेगा, और इसे पलटा नहीं जा सकता — इसे कभी फिर चालू नहीं किया जा सकता। कुछ देर रोकने के लिए “रोकें” इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Cancel workflow permanently</source>
        <translation>वर्कफ़्लो स्थायी रूप से रद्द करें</translation>
    </message>
    <message>
        <source>Keep workflow</source>
        <translation>वर्कफ़्लो रखें</translation>
    </message>
</context>
<context>
    <name>ChangeNotifier</name>
    <message>
        <source>DialNexa Console</source>
        <translation>DialNexa कंसोल</translation>
    </message>
    <message>
        <source>was paused</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>was resumed</source>
        <translation>फिर चालू किया गया</translation>
    </message>
    <message>
        <source>was activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <source>became active</source>
        <translation>सक्रिय हुआ</translation>
    </message>
    <message>
        <source>went back to draft</source>
        <translation>फिर ड्राफ़्ट में गया</translation>
    </message>
    <message>
        <source>changed to “%1”</source>
        <translation>“%1” में बदला</translation>
    </message>
    <message>
        <source>“%1” %2 — not by this console</source>
        <translation>“%1” %2 — इस कंसोल से नहीं</translation>
    </message>
    <message>
        <source>Workflow %1</source>
        <translation>वर्कफ़्लो %1</translation>
    </message>
    <message>
        <source> (%1 paused)</source>
        <translation> (%1 रोके गए)</translation>
    </message>
    <message>
        <source>Workflows changed</source>
        <translation>वर्कफ़्लो बदले</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) changed status — not by this console</source>
        <translation>
            <numerusform>%n वर्कफ़्लो की स्थिति बदली — इस कंसोल से नहीं</numerusform>
            <numerusform>%n वर्कफ़्लो की स्थिति बदली — इस कंसोल से नहीं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Start the built-in simulated DialNexa API and connect to it (no key needed).</source>
        <translation>बिल्ट-इन सिम्युलेटेड DialNexa API शुरू करें और उससे जुड़ें (कुंजी की ज़रूरत नहीं)।</translation>
    </message>
    <message>
        <source>Number of simulated workflows with --sandbox (default 40).</source>
        <translation>--sandbox के साथ सिम्युलेटेड वर्कफ़्लो की संख्या (डिफ़ॉल्ट 40)।</translation>
    </message>
    <message>
        <source>API base URL for this run (default: the profile&apos;s, or %1).</source>
        <translation>इस बार के लिए API बेस URL (डिफ़ॉल्ट: प्रोफ़ाइल का, या %1)।</translation>
    </message>
    <message>
        <source>Connection profile to use (default: the last used).</source>
        <translation>इस्तेमाल करने का कनेक्शन प्रोफ़ाइल (डिफ़ॉल्ट: पिछली बार वाला)।</translation>
    </message>
    <message>
        <source>Per-request timeout in milliseconds: both the longest silence and the longest whole request, retries included (default: 15000 and 30000).</source>
        <translation>हर अनुरोध का टाइमआउट मिलीसेकंड में: सबसे लंबी चुप्पी और पूरा अनुरोध, दोबारा कोशिशों सहित (डिफ़ॉल्ट: 15000 और 30000)।</translation>
    </message>
    <message>
        <source>After the first successful load, save a PNG of the window to FILE and quit.</source>
        <translation>पहली सफल लोडिंग के बाद विंडो की PNG को FILE में सहेजें और बंद करें।</translation>
    </message>
    <message>
        <source>Wait N ms after the first load before the screenshot (default 600).</source>
        <translation>पहली लोडिंग के बाद स्क्रीनशॉट से पहले N ms रुकें (डिफ़ॉल्ट 600)।</translation>
    </message>
    <message>
        <source>Language of the console: en, hi or pseudo (default: the system&apos;s language).</source>
        <translation>कंसोल की भाषा: en, hi या pseudo (डिफ़ॉल्ट: सिस्टम की भाषा)।</translation>
    </message>
    <message>
        <source>After the first successful load, save a PNG of the wallboard (1600x900) to FILE and quit (with or without --screenshot).</source>
        <translation>पहली सफल लोडिंग के बाद वॉलबोर्ड (1600x900) की PNG को FILE में सहेजें और बंद करें (--screenshot के साथ या बिना)।</translation>
    </message>
    <message>
        <source>Watch DialNexa workflows and pause or resume them fast during an incident.</source>
        <translation>DialNexa वर्कफ़्लो पर नज़र रखें और इंसिडेंट के दौरान उन्हें जल्दी रोकें या फिर चालू करें।</translation>
    </message>
    <message>
        <source>--screenshot-delay-ms needs a non-negative number</source>
        <translation>--screenshot-delay-ms को शून्य या धनात्मक संख्या चाहिए</translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive number of milliseconds</source>
        <translation>--timeout-ms को मिलीसेकंड की धनात्मक संख्या चाहिए</translation>
    </message>
    <message>
        <source>--sandbox-workflows needs a non-negative number</source>
        <translation>--sandbox-workflows को शून्य या धनात्मक संख्या चाहिए</translation>
    </message>
    <message>
        <source>the sandbox could not start listening on loopback</source>
        <translation>सैंडबॉक्स loopback पर सुनना शुरू नहीं कर सका</translation>
    </message>
    <message>
        <source>PEM file of CA certificates (e.g. your company&apos;s) trusted in addition to the system&apos;s, for this run (default: the profile&apos;s &quot;Trusted CA certificates&quot;).</source>
        <translation>CA सर्टिफ़िकेट की PEM फ़ाइल (जैसे आपकी कंपनी की), इस बार सिस्टम के अलावा भरोसेमंद (डिफ़ॉल्ट: प्रोफ़ाइल के &quot;भरोसेमंद CA सर्टिफ़िकेट&quot;)।</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>DialNexa said: “%1”</source>
        <translation>DialNexa ने कहा: “%1”</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>पहले से %1</translation>
    </message>
    <message>
        <source>“%1” is already %2 — someone else did it. Nothing more to do.</source>
        <translation>“%1” पहले से %2 है — किसी और ने कर दिया। अब कुछ करना नहीं है।</translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation>%1 नहीं हो सका</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: it is %3 now.</source>
        <translation>कार्रवाई “%1” नहीं हो सकी — “%2” अब %3 है।</translation>
    </message>
    <message>
        <source>Current status on DialNexa: %1</source>
        <translation>DialNexa पर मौजूदा स्थिति: %1</translation>
    </message>
    <message>
        <source> (server word: “%1”)</source>
        <translation> (सर्वर का शब्द: “%1”)</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: DialNexa refused it because the workflow is in another state.</source>
        <translation>कार्रवाई “%1” नहीं हो सकी — “%2”: DialNexa ने मना किया, क्योंकि वर्कफ़्लो दूसरी स्थिति में है।</translation>
    </message>
    <message>
        <source>Its current status could not be read back (%1). Refresh to see it.</source>
        <translation>इसकी मौजूदा स्थिति दोबारा पढ़ी नहीं जा सकी (%1)। देखने के लिए रीफ़्रेश करें।</translation>
    </message>
    <message>
        <source>%1 instead</source>
        <translation>इसके बजाय %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश</translation>
    </message>
</context>
<context>
    <name>ConnectionHealth</name>
    <message>
        <source>Not updated yet</source>
        <translation>अभी अपडेट नहीं हुआ</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>%1 से॰ पहले अपडेट</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>%1 मि॰ पहले अपडेट</translation>
    </message>
    <message>
        <source>Updated %1 h ago</source>
        <translation>%1 घं॰ पहले अपडेट</translation>
    </message>
    <message>
        <source>Updated %1 d ago</source>
        <translation>%1 दिन पहले अपडेट</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>फिर कोशिश…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>साइन आउट</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>⚠ %1 — data may be out of date</source>
        <translation>⚠ %1 — डेटा पुराना हो सकता है</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Connection: %1
Last successful refresh: %2</source>
        <translation>कनेक्शन: %1
पिछला सफल रीफ़्रेश: %2</translation>
    </message>
    <message>
        <source>
Failed refreshes in a row: %1</source>
        <translation>
लगातार विफल रीफ़्रेश: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>A bulk action is still running against %1. Switching now would leave it half done; stop it first (the workflows already changed stay as they are and are listed in its report).</source>
        <translation>%1 पर एक सामूहिक कार्रवाई अभी चल रही है। अभी बदलने से वह अधूरी रह जाएगी; पहले उसे रोकें (जो वर्कफ़्लो बदल चुके हैं वे वैसे ही रहेंगे और उसकी रिपोर्ट में दिखेंगे)।</translation>
    </message>
    <message>
        <source>A bulk action is still running. If the console closes now, the requests not yet sent are not sent, and those in flight are recorded without an outcome until the console or dialnexa-ctl next talks to %1.</source>
        <translation>एक सामूहिक कार्रवाई अभी चल रही है। कंसोल अभी बंद हुआ तो बचे अनुरोध नहीं भेजे जाएँगे, और रास्ते में चल रहे अनुरोध बिना परिणाम के दर्ज रहेंगे, जब तक कंसोल या dialnexa-ctl फिर %1 से बात न करे।</translation>
    </message>
    <message>
        <source>Actions are not recorded: the audit log cannot be written (%1). Pauses and resumes still go out.</source>
        <translation>कार्रवाइयाँ दर्ज नहीं हो रहीं: ऑडिट लॉग लिखा नहीं जा सकता (%1)। रोकना और फिर चालू करना फिर भी भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>Actions are not recorded and incidents cannot be resumed here: the audit log could not be opened (%1).</source>
        <translation>कार्रवाइयाँ दर्ज नहीं हो रहीं और यहाँ इंसिडेंट फिर चालू नहीं हो सकते: ऑडिट लॉग खुल नहीं सका (%1)।</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier action(s) on %1 had no recorded outcome; the audit log now has the status read afterwards.</source>
        <translation>
            <numerusform>%1 पर पहले की %n कार्रवाई का परिणाम दर्ज नहीं था; ऑडिट लॉग में अब बाद में पढ़ी गई स्थिति है।</numerusform>
            <numerusform>%1 पर पहले की %n कार्रवाइयों का परिणाम दर्ज नहीं था; ऑडिट लॉग में अब बाद में पढ़ी गई स्थिति है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Team store not used: %1</source>
        <translation>टीम स्टोर इस्तेमाल नहीं हुआ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from this computer are on their way to the team store.</source>
        <translation>
            <numerusform>इस कंप्यूटर की %n पंक्ति टीम स्टोर को भेजी जा रही है।</numerusform>
            <numerusform>इस कंप्यूटर की %n पंक्तियाँ टीम स्टोर को भेजी जा रही हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause windows</source>
        <translation>पॉज़ विंडो</translation>
    </message>
</context>
<context>
    <name>ConsoleDatabase</name>
    <message>
        <source>Cannot create the folder %1 for the data file</source>
        <translation>डेटा फ़ाइल के लिए फ़ोल्डर %1 नहीं बन सका</translation>
    </message>
    <message>
        <source>Cannot read this data file: %1</source>
        <translation>यह डेटा फ़ाइल पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Cannot create this data file: %1</source>
        <translation>यह डेटा फ़ाइल बन नहीं सकती: %1</translation>
    </message>
    <message>
        <source>This data file was written by a newer DialNexa Console (schema %1, this version knows %2); nothing is written to it</source>
        <translation>यह डेटा फ़ाइल नए DialNexa Console ने लिखी है (स्कीमा %1, यह संस्करण %2 तक जानता है); इसमें कुछ नहीं लिखा जाता</translation>
    </message>
    <message>
        <source>Cannot prepare this data file: %1</source>
        <translation>यह डेटा फ़ाइल तैयार नहीं हो सकती: %1</translation>
    </message>
    <message>
        <source>This data file cannot be written: %1</source>
        <translation>यह डेटा फ़ाइल लिखी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Cannot upgrade this data file to schema %1 (%2): %3</source>
        <translation>यह डेटा फ़ाइल स्कीमा %1 (%2) पर अपग्रेड नहीं हो सकती: %3</translation>
    </message>
</context>
<context>
    <name>CtlFormat</name>
    <message>
        <source>dialnexa-ctl: 1 workflow row could not be read (no usable id or status) and is left out.</source>
        <translation>dialnexa-ctl: 1 वर्कफ़्लो पंक्ति पढ़ी नहीं जा सकी (काम का id या स्थिति नहीं) और छोड़ दी गई।</translation>
    </message>
    <message>
        <source>dialnexa-ctl: %1 workflow rows could not be read (no usable id or status) and are left out.</source>
        <translation>dialnexa-ctl: %1 वर्कफ़्लो पंक्तियाँ पढ़ी नहीं जा सकीं (काम का id या स्थिति नहीं) और छोड़ दी गईं।</translation>
    </message>
</context>
<context>
    <name>CtlIncidentRunner</name>
    <message>
        <source>dialnexa-ctl: the workflow list is incomplete (%1); nothing was paused. Pausing &quot;all active&quot; needs the whole list, or the workflows DialNexa did not send would keep running; pause them by ID instead.
</source>
        <translation>dialnexa-ctl: वर्कफ़्लो सूची अधूरी है (%1); कुछ नहीं रोका गया। &quot;सभी सक्रिय&quot; रोकने के लिए पूरी सूची चाहिए, वरना DialNexa के न भेजे वर्कफ़्लो चलते रहेंगे; इसके बजाय ID से रोकें।
</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>dialnexa-ctl: %1
Try &apos;dialnexa-ctl --help&apos; for more information.
</source>
        <translation>dialnexa-ctl: %1
अधिक जानकारी के लिए &apos;dialnexa-ctl --help&apos; चलाएँ।
</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.dialnexa.com/v1.</source>
        <translation>API बेस URL, जैसे https://api.dialnexa.com/v1।</translation>
    </message>
    <message>
        <source>Connection profile (default: the current one).</source>
        <translation>कनेक्शन प्रोफ़ाइल (डिफ़ॉल्ट: मौजूदा)।</translation>
    </message>
    <message>
        <source>Per-request timeout in milliseconds: both the longest silence and the longest whole request, retries included (default: 15000 and 30000).</source>
        <translation>हर अनुरोध का टाइमआउट मिलीसेकंड में: सबसे लंबी चुप्पी और पूरा अनुरोध, दोबारा कोशिशों सहित (डिफ़ॉल्ट: 15000 और 30000)।</translation>
    </message>
    <message>
        <source>list: only workflows in this status (draft, active, paused, completed, cancelled).</source>
        <translation>list: केवल इस स्थिति के वर्कफ़्लो (draft, active, paused, completed, cancelled)।</translation>
    </message>
    <message>
        <source>list, get: print JSON instead of text.</source>
        <translation>list, get: टेक्स्ट की जगह JSON छापें।</translation>
    </message>
    <message>
        <source>cancel: confirm; cancelling is permanent. pause --all-active, resume --incident, retry-failed: send (without it: a dry run).</source>
        <translation>cancel: पुष्टि; रद्द करना स्थायी है। pause --all-active, resume --incident, retry-failed: भेजें (इसके बिना: केवल पूर्वाभ्यास)।</translation>
    </message>
    <message>
        <source>pause: every active workflow, as one incident.</source>
        <translation>pause: हर सक्रिय वर्कफ़्लो, एक इंसिडेंट के रूप में।</translation>
    </message>
    <message>
        <source>pause --all-active: only names or IDs containing TEXT.</source>
        <translation>pause --all-active: केवल वे नाम या ID जिनमें TEXT हो।</translation>
    </message>
    <message>
        <source>pause --all-active: why (kept in the audit log).</source>
        <translation>pause --all-active: क्यों (ऑडिट लॉग में रखा जाता है)।</translation>
    </message>
    <message>
        <source>resume, retry-failed: what this incident paused.</source>
        <translation>resume, retry-failed: इस इंसिडेंट ने जो रोका।</translation>
    </message>
    <message>
        <source>audit: rows requested at or after this ISO 8601 time.</source>
        <translation>audit: इस ISO 8601 समय पर या बाद के अनुरोध।</translation>
    </message>
    <message>
        <source>audit: print CSV (RFC 4180) with a header row.</source>
        <translation>audit: हेडर पंक्ति के साथ CSV (RFC 4180) छापें।</translation>
    </message>
    <message>
        <source>Language of the messages: en, hi or pseudo (default: the system&apos;s).</source>
        <translation>संदेशों की भाषा: en, hi या pseudo (डिफ़ॉल्ट: सिस्टम की)।</translation>
    </message>
    <message>
        <source>Workflow IDs.</source>
        <translation>वर्कफ़्लो ID।</translation>
    </message>
    <message>
        <source>dialnexa-ctl %1
</source>
        <translation>dialnexa-ctl %1
</translation>
    </message>
    <message>
        <source>missing command (list, get, pause, resume or cancel).</source>
        <translation>कमांड नहीं दी (list, get, pause, resume या cancel)।</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>अज्ञात कमांड &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>an empty workflow ID was given.</source>
        <translation>खाली वर्कफ़्लो ID दिया गया।</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile को नाम चाहिए।</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not a valid URL.</source>
        <translation>--base-url &apos;%1&apos; मान्य URL नहीं है।</translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive number of milliseconds.</source>
        <translation>--timeout-ms को मिलीसेकंड की धनात्मक संख्या चाहिए।</translation>
    </message>
    <message>
        <source>--status needs a value.</source>
        <translation>--status को मान चाहिए।</translation>
    </message>
    <message>
        <source>%1 does not apply to &apos;%2&apos;.</source>
        <translation>%1 &apos;%2&apos; पर लागू नहीं होता।</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 time such as 2026-11-29T04:12Z.</source>
        <translation>--since को 2026-11-29T04:12Z जैसा ISO 8601 समय चाहिए।</translation>
    </message>
    <message>
        <source>--search only applies to &apos;pause --all-active&apos;.</source>
        <translation>--search केवल &apos;pause --all-active&apos; पर लागू होता है।</translation>
    </message>
    <message>
        <source>--reason only applies to &apos;pause --all-active&apos;.</source>
        <translation>--reason केवल &apos;pause --all-active&apos; पर लागू होता है।</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; takes no workflow IDs.</source>
        <translation>&apos;%1 %2&apos; वर्कफ़्लो ID नहीं लेता।</translation>
    </message>
    <message>
        <source>&apos;pause --all-active&apos; needs --reason TEXT (it is kept in the audit log). Nothing was sent.</source>
        <translation>&apos;pause --all-active&apos; को --reason TEXT चाहिए (यह ऑडिट लॉग में रखा जाता है)। कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>--incident needs an incident ID (see &apos;dialnexa-ctl incidents&apos;).</source>
        <translation>--incident को इंसिडेंट ID चाहिए (&apos;dialnexa-ctl incidents&apos; देखें)।</translation>
    </message>
    <message>
        <source>&apos;retry-failed&apos; needs --incident ID (see &apos;dialnexa-ctl incidents&apos;).</source>
        <translation>&apos;retry-failed&apos; को --incident ID चाहिए (&apos;dialnexa-ctl incidents&apos; देखें)।</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no workflow IDs.</source>
        <translation>&apos;list&apos; वर्कफ़्लो ID नहीं लेता।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no workflow IDs.</source>
        <translation>&apos;%1&apos; वर्कफ़्लो ID नहीं लेता।</translation>
    </message>
    <message>
        <source>&apos;get&apos; needs exactly one workflow ID.</source>
        <translation>&apos;get&apos; को ठीक एक वर्कफ़्लो ID चाहिए।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one workflow ID.</source>
        <translation>&apos;%1&apos; को कम से कम एक वर्कफ़्लो ID चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>refusing to cancel %n workflow(s) without --yes: cancelling is permanent and cannot be undone. Nothing was sent.</source>
        <translation>
            <numerusform>--yes के बिना %n वर्कफ़्लो रद्द नहीं किया जाएगा: रद्द करना स्थायी है और पलटा नहीं जा सकता। कुछ नहीं भेजा गया।</numerusform>
            <numerusform>--yes के बिना %n वर्कफ़्लो रद्द नहीं किए जाएँगे: रद्द करना स्थायी है और पलटा नहीं जा सकता। कुछ नहीं भेजा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>team-store sync</source>
        <translation>team-store sync</translation>
    </message>
    <message>
        <source>Team store: postgresql://USER@HOST:PORT/DB[?sslmode=…] (default: DIALNEXA_TEAM_STORE; password: DIALNEXA_TEAM_STORE_PASSWORD).</source>
        <translation>टीम स्टोर: postgresql://USER@HOST:PORT/DB[?sslmode=…] (डिफ़ॉल्ट: DIALNEXA_TEAM_STORE; पासवर्ड: DIALNEXA_TEAM_STORE_PASSWORD)।</translation>
    </message>
    <message>
        <source>&apos;team-store&apos; needs the word sync: dialnexa-ctl team-store sync.</source>
        <translation>&apos;team-store&apos; के बाद sync शब्द चाहिए: dialnexa-ctl team-store sync।</translation>
    </message>
    <message>
        <source>--team-store: %1.</source>
        <translation>--team-store: %1।</translation>
    </message>
    <message>
        <source>PEM file of CA certificates (e.g. your company&apos;s) trusted in addition to the system&apos;s.</source>
        <translation>CA सर्टिफ़िकेट की PEM फ़ाइल (जैसे आपकी कंपनी की), सिस्टम के अलावा भरोसेमंद।</translation>
    </message>
    <message>
        <source>--ca-file needs a file name.</source>
        <translation>--ca-file को फ़ाइल का नाम चाहिए।</translation>
    </message>
    <message>
        <source>Watch and control DialNexa workflows from scripts.

Commands:
  list [--status S] [--json]   List every workflow (ID, STATUS, NAME, LEADS).
                               --status filters by status (active also matches the
                               legacy running); --json prints a JSON array.
                               A list the server did not page through (a full page
                               brought nothing new) is printed, but exits 1.
  get ID [--json]              Show one workflow.
  pause ID...                  Pause workflows; prints &quot;ID: paused&quot; per workflow.
  resume ID...                 Resume paused workflows.
  cancel ID... --yes           Cancel workflows permanently. Without --yes nothing
                               is sent.
  pause --all-active [--search TEXT] --reason TEXT [--yes]
                               Pause every active workflow (matching TEXT) as one
                               incident. Without --yes: prints them, sends nothing.
                               On an incomplete list it sends nothing and exits 1.
  incidents                    List incidents, one per line, id first.
  resume --incident ID [--yes] Resume what incident ID paused and is still paused.
                               Without --yes: prints them, sends nothing.
  retry-failed --incident ID [--yes]
                               Pause again what incident ID failed to pause or lost
                               track of (a crash): each is re-read first and only
                               paused if still active. Once the incident&apos;s resume has
                               started, it resumes again instead. Without --yes:
                               prints them, sends nothing. Nothing to retry exits 0.
  audit [--since ISO-TIME] [--csv]
                               Print the audit log (who did what, when and why).
  windows                      List pause windows (planned, running, past), id first.
  windows add --start ISO --end ISO [--search TEXT] [--status S]
              [--repeat daily|weekdays:mon,tue,...] --reason TEXT [ID...]
                               Plan a pause window (times without an offset are local)
                               over a search, a status and/or workflow IDs; prints its
                               id. At its start everything active in scope is paused as
                               one incident; at its end exactly that is resumed.
  windows cancel ID            Cancel a planned window.
  windows end ID               End a running window now (the next pass resumes).
  windows run-due              One pass: start and end what is due, then exit (run it
                               every minute: packaging/systemd/dialnexa-windows.timer).
  team-store sync              Upload the incidents and audit rows written before
                               team mode to the team store.
Team mode: --team-store postgresql://USER@HOST:PORT/DB (or DIALNEXA_TEAM_STORE),
password in DIALNEXA_TEAM_STORE_PASSWORD. Every command sends what this computer
wrote to the team store (or says how many rows wait); incidents and audit list the
team&apos;s rows with the operator user@host; resume --incident shares the work with
anyone resuming the same incident. A store that cannot be reached never stops an
action: it goes out and its rows wait here.
Incidents and the audit log live in the console&apos;s data directory
($DIALNEXA_DATA_DIR, else $XDG_DATA_HOME/DialNexa/DialNexa Console).

Connection: --base-url, else the profile&apos;s address (--profile, else the current
profile of the console); the built-in Sandbox profile needs --base-url. A profile
without an address uses https://api.dialnexa.com/v1.
HTTPS: the system&apos;s CA certificates, plus those in --ca-file (else the profile&apos;s
&quot;Trusted CA certificates&quot; file); a certificate that fails is explained and nothing
is sent (exit 1). Proxy: the profile&apos;s, else the system&apos;s (https_proxy, no_proxy);
loopback addresses never use a proxy.
API key: the DIALNEXA_API_KEY environment variable, else the system keychain entry
of the profile and host (saved from the console).

Exit codes: 0 success, 1 other failure, 2 usage error, 3 conflict (409),
4 not found (404), 5 authentication or permission (401/403, or no key).
With several IDs every one is attempted and the worst outcome decides
(5 &gt; 4 &gt; 3 &gt; 1).</source>
        <translation>स्क्रिप्ट से DialNexa वर्कफ़्लो देखें और नियंत्रित करें।

कमांड:
  list [--status S] [--json]   हर वर्कफ़्लो की सूची (ID, STATUS, NAME, LEADS)।
                               --status स्थिति से छाँटता है (active पुराने running से
                               भी मेल खाता है); --json एक JSON array छापता है।
                               जिस सूची के सारे पेज सर्वर ने नहीं दिए (पूरे पेज में
                               कुछ नया नहीं आया), वह छपती है, पर निकास कोड 1 होता है।
  get ID [--json]              एक वर्कफ़्लो दिखाएँ।
  pause ID...                  वर्कफ़्लो रोकें; हर वर्कफ़्लो के लिए &quot;ID: paused&quot; छापता है।
  resume ID...                 रुके वर्कफ़्लो फिर चालू करें।
  cancel ID... --yes           वर्कफ़्लो स्थायी रूप से रद्द करें। --yes के बिना कुछ
                               नहीं भेजा जाता।
  pause --all-active [--search TEXT] --reason TEXT [--yes]
                               हर सक्रिय वर्कफ़्लो (TEXT से मेल खाते) को एक इंसिडेंट के
                               रूप में रोकें। --yes के बिना: सूची छापता है, कुछ नहीं भेजता।
                               अधूरी सूची पर कुछ नहीं भेजता और कोड 1 से निकलता है।
  incidents                    इंसिडेंट की सूची, हर पंक्ति में एक, पहले id।
  resume --incident ID [--yes] इंसिडेंट ID ने जो रोका और अब भी रुका है, उसे फिर चालू करें।
                               --yes के बिना: सूची छापता है, कुछ नहीं भेजता।
  retry-failed --incident ID [--yes]
                               इंसिडेंट ID जिसे रोक नहीं पाया या जिसकी जानकारी खो गई
                               (क्रैश), उसे फिर रोकें: हर एक पहले दोबारा पढ़ा जाता है और
                               सक्रिय हो तभी रोका जाता है। इंसिडेंट का फिर चालू होना शुरू
                               हो चुका हो, तो यह फिर चालू करता है। --yes के बिना: सूची
                               छापता है, कुछ नहीं भेजता। कुछ बचा न हो तो कोड 0।
  audit [--since ISO-TIME] [--csv]
                               ऑडिट लॉग छापें (किसने क्या, कब और क्यों किया)।
  windows                      पॉज़ विंडो की सूची (योजना में, चल रही, बीती), पहले id।
  windows add --start ISO --end ISO [--search TEXT] [--status S]
              [--repeat daily|weekdays:mon,tue,...] --reason TEXT [ID...]
                               पॉज़ विंडो की योजना बनाएँ (बिना ऑफ़सेट के समय स्थानीय)
                               खोज, स्थिति और/या वर्कफ़्लो ID पर; उसका id छापता है।
                               शुरू होने पर दायरे का हर सक्रिय वर्कफ़्लो एक इंसिडेंट के
                               रूप में रुकता है; अंत में ठीक वही फिर चालू होता है।
  windows cancel ID            योजना वाली विंडो रद्द करें।
  windows end ID               चल रही विंडो अभी खत्म करें (अगला पास फिर चालू करता है)।
  windows run-due              एक पास: जो देय है उसे शुरू और खत्म करे, फिर निकले (हर
                               मिनट चलाएँ: packaging/systemd/dialnexa-windows.timer)।
  team-store sync              इस कंप्यूटर पर टीम मोड से पहले लिखे इंसिडेंट और ऑडिट
                               पंक्तियाँ टीम स्टोर में भेजें।
टीम मोड: --team-store postgresql://USER@HOST:PORT/DB (या DIALNEXA_TEAM_STORE),
पासवर्ड DIALNEXA_TEAM_STORE_PASSWORD में। हर कमांड इस कंप्यूटर का लिखा टीम स्टोर में
भेजती है (या बताती है कि कितनी पंक्तियाँ प्रतीक्षा में हैं); incidents और audit टीम की
पंक्तियाँ ऑपरेटर user@host के साथ दिखाते हैं; resume --incident उसी इंसिडेंट को फिर
चालू कर रहे हर व्यक्ति के साथ काम बाँटता है। पहुँच से बाहर स्टोर कभी कार्रवाई नहीं
रोकता: कार्रवाई जाती है और उसकी पंक्तियाँ यहाँ प्रतीक्षा करती हैं।
इंसिडेंट और ऑडिट लॉग कंसोल की डेटा डायरेक्टरी में रहते हैं
($DIALNEXA_DATA_DIR, वरना $XDG_DATA_HOME/DialNexa/DialNexa Console)।

कनेक्शन: --base-url, वरना प्रोफ़ाइल का पता (--profile, वरना कंसोल का मौजूदा
प्रोफ़ाइल); बिल्ट-इन Sandbox प्रोफ़ाइल को --base-url चाहिए। बिना पते वाला
प्रोफ़ाइल https://api.dialnexa.com/v1 इस्तेमाल करता है।
API कुंजी: DIALNEXA_API_KEY एनवायरनमेंट वेरिएबल, वरना प्रोफ़ाइल और होस्ट की
सिस्टम कीचेन प्रविष्टि (कंसोल से सहेजी गई)।
HTTPS: सिस्टम के CA सर्टिफ़िकेट, और --ca-file वाले (वरना प्रोफ़ाइल की &quot;भरोसेमंद CA
सर्टिफ़िकेट&quot; फ़ाइल); विफल सर्टिफ़िकेट समझाया जाता है और कुछ नहीं भेजा जाता (कोड 1)।
प्रॉक्सी: प्रोफ़ाइल का, वरना सिस्टम का (https_proxy, no_proxy); loopback पते कभी
प्रॉक्सी से नहीं जाते।

निकास कोड: 0 सफल, 1 अन्य विफलता, 2 गलत इस्तेमाल, 3 टकराव (409),
4 नहीं मिला (404), 5 प्रमाणीकरण या अनुमति (401/403, या कुंजी नहीं)।
कई ID होने पर हर एक आज़माया जाता है और सबसे बुरा परिणाम तय करता है
(5 &gt; 4 &gt; 3 &gt; 1)।</translation>
    </message>
    <message>
        <source>unknown &apos;windows&apos; command &apos;%1&apos; (add, cancel, end, run-due).</source>
        <translation>अज्ञात &apos;windows&apos; कमांड &apos;%1&apos; (add, cancel, end, run-due)।</translation>
    </message>
    <message>
        <source>&apos;windows %1&apos; takes none of --json, --yes, --csv, --all-active, --incident, --since.</source>
        <translation>&apos;windows %1&apos; इनमें से कोई नहीं लेता: --json, --yes, --csv, --all-active, --incident, --since।</translation>
    </message>
    <message>
        <source>&apos;windows %1&apos; takes no window options or workflow IDs (those are for &apos;windows add&apos;).</source>
        <translation>&apos;windows %1&apos; विंडो विकल्प या वर्कफ़्लो ID नहीं लेता (वे &apos;windows add&apos; के लिए हैं)।</translation>
    </message>
    <message>
        <source>&apos;windows add&apos; needs --start ISO and --end ISO.</source>
        <translation>&apos;windows add&apos; को --start ISO और --end ISO चाहिए।</translation>
    </message>
    <message>
        <source>--start and --end need ISO 8601 times such as 2026-12-24T21:00 (local) or 2026-12-24T20:00Z.</source>
        <translation>--start और --end को ISO 8601 समय चाहिए, जैसे 2026-12-24T21:00 (स्थानीय) या 2026-12-24T20:00Z।</translation>
    </message>
    <message>
        <source>--end must be later than --start.</source>
        <translation>--end, --start के बाद का होना चाहिए।</translation>
    </message>
    <message>
        <source>&apos;windows add&apos; needs --reason TEXT (it is the incident&apos;s reason in the audit log).</source>
        <translation>&apos;windows add&apos; को --reason TEXT चाहिए (यह ऑडिट लॉग में इंसिडेंट का कारण है)।</translation>
    </message>
    <message>
        <source>--repeat takes daily or weekdays:mon,tue,... (not &apos;%1&apos;).</source>
        <translation>--repeat daily या weekdays:mon,tue,... लेता है (&apos;%1&apos; नहीं)।</translation>
    </message>
    <message>
        <source>windows add: when the window starts (ISO 8601; local without offset).</source>
        <translation>windows add: विंडो कब शुरू हो (ISO 8601; बिना ऑफ़सेट के स्थानीय)।</translation>
    </message>
    <message>
        <source>windows add: when the window ends (ISO 8601).</source>
        <translation>windows add: विंडो कब खत्म हो (ISO 8601)।</translation>
    </message>
    <message>
        <source>windows add: daily, or weekdays:mon,tue,... (default: once).</source>
        <translation>windows add: daily, या weekdays:mon,tue,... (डिफ़ॉल्ट: एक बार)।</translation>
    </message>
    <message>
        <source>list | get | pause | resume | cancel | incidents | retry-failed | audit | windows | team-store sync</source>
        <translation>list | get | pause | resume | cancel | incidents | retry-failed | audit | windows | team-store sync</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>dialnexa-ctl: the workflow list is incomplete (%1), so workflows may be missing from the %2 shown.
</source>
        <translation>dialnexa-ctl: वर्कफ़्लो सूची अधूरी है (%1), इसलिए दिखाए गए %2 में कुछ वर्कफ़्लो छूट सकते हैं।
</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a workflow to see its details.</source>
        <translation>विवरण देखने के लिए कोई वर्कफ़्लो चुनें।</translation>
    </message>
    <message>
        <source>Pause stops new calls from starting; calls already in progress may finish. Cancel is permanent.</source>
        <translation>रोकने से नई कॉल शुरू नहीं होतीं; चल रही कॉल पूरी हो सकती हैं। रद्द करना स्थायी है।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Enrolled leads</source>
        <translation>नामांकित लीड</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>नोड</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>एज</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट</translation>
    </message>
    <message>
        <source>(unnamed workflow)</source>
        <translation>(बेनाम वर्कफ़्लो)</translation>
    </message>
    <message>
        <source>No status received</source>
        <translation>कोई स्थिति नहीं मिली</translation>
    </message>
    <message>
        <source>“%1” — a status the API does not document; no action is offered</source>
        <translation>“%1” — ऐसी स्थिति जो API में दर्ज नहीं; कोई कार्रवाई उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>%1  (server: “%2”)</source>
        <translation>%1  (सर्वर: “%2”)</translation>
    </message>
    <message>
        <source>%1 waiting for DialNexa
Last confirmed: %2</source>
        <translation>%1 DialNexa की प्रतीक्षा में
अंतिम पुष्टि: %2</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>यह संदेश छिपाएँ</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>संदेश छिपाएँ</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>समस्या का विवरण</translation>
    </message>
</context>
<context>
    <name>IncidentCoordinator</name>
    <message>
        <source>no incident store</source>
        <translation>कोई इंसिडेंट स्टोर नहीं</translation>
    </message>
    <message>
        <source>Resumed. This incident probably paused it: its pause&apos;s outcome was unknown (no answer in time) and it was found paused afterwards.</source>
        <translation>फिर चालू किया। शायद इसी इंसिडेंट ने इसे रोका था: रोकने का परिणाम अज्ञात था (समय पर उत्तर नहीं) और बाद में यह रुका हुआ मिला।</translation>
    </message>
    <message>
        <source>Already paused, probably by this incident&apos;s earlier pause (its outcome was unknown); it is resumed with the others.</source>
        <translation>पहले से रुका हुआ, शायद इसी इंसिडेंट के पहले के रोकने से (उसका परिणाम अज्ञात था); इसे बाकियों के साथ फिर चालू किया जाता है।</translation>
    </message>
    <message>
        <source>Not found on %1: deleted since the incident paused it, or not the server it was paused on. The incident stays open.</source>
        <translation>%1 पर नहीं मिला: इंसिडेंट के रोकने के बाद हटाया गया, या यह वह सर्वर नहीं जहाँ रोका गया था। इंसिडेंट खुला रहता है।</translation>
    </message>
    <message>
        <source>Incident %1 was opened on %2, not on %3 where this connection goes: nothing was sent. Connect to %2 to resume it.</source>
        <translation>इंसिडेंट %1 %2 पर खुला था, %3 पर नहीं जहाँ यह कनेक्शन जाता है: कुछ नहीं भेजा गया। इसे फिर चालू करने के लिए %2 से जुड़ें।</translation>
    </message>
    <message>
        <source>Incident %1 was opened on %2 (profile “%3”), not on %4 where this connection goes: nothing was sent. Switch to the profile “%3” to resume it.</source>
        <translation>इंसिडेंट %1 %2 (प्रोफ़ाइल “%3”) पर खुला था, %4 पर नहीं जहाँ यह कनेक्शन जाता है: कुछ नहीं भेजा गया। इसे फिर चालू करने के लिए प्रोफ़ाइल “%3” पर जाएँ।</translation>
    </message>
    <message>
        <source>The workflow no longer exists.</source>
        <translation>वर्कफ़्लो अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not check its status: %1</source>
        <translation>इसकी स्थिति जाँच नहीं सके: %1</translation>
    </message>
    <message>
        <source>Already paused, not by a pause this incident confirmed.</source>
        <translation>पहले से रुका हुआ, इस इंसिडेंट के पुष्ट रोकने से नहीं।</translation>
    </message>
    <message>
        <source>The workflow is %1.</source>
        <translation>वर्कफ़्लो %1 है।</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent.</source>
        <translation>अनुरोध भेजने से पहले रद्द किया गया।</translation>
    </message>
    <message>
        <source>Not sent: no connection to the API.</source>
        <translation>नहीं भेजा: API से कोई कनेक्शन नहीं।</translation>
    </message>
    <message>
        <source>This incident never sent a pause for it.</source>
        <translation>इस इंसिडेंट ने इसके लिए कभी रोकने का अनुरोध नहीं भेजा।</translation>
    </message>
    <message>
        <source>This incident did not pause it (pause outcome: %1).</source>
        <translation>इस इंसिडेंट ने इसे नहीं रोका (रोकने का परिणाम: %1)।</translation>
    </message>
    <message>
        <source>Resume cancelled before this workflow was checked.</source>
        <translation>इस वर्कफ़्लो की जाँच से पहले फिर चालू करना रद्द हुआ।</translation>
    </message>
    <message>
        <source>Someone already resumed it.</source>
        <translation>किसी ने इसे पहले ही फिर चालू कर दिया।</translation>
    </message>
    <message>
        <source>It is active; this incident&apos;s pause never took effect.</source>
        <translation>यह सक्रिय है; इस इंसिडेंट के रोकने का कभी असर नहीं हुआ।</translation>
    </message>
    <message>
        <source>Cancelled since the incident paused it.</source>
        <translation>इंसिडेंट के रोकने के बाद रद्द किया गया।</translation>
    </message>
    <message>
        <source>It is %1 now.</source>
        <translation>यह अब %1 है।</translation>
    </message>
    <message>
        <source>Resume cancelled before this workflow was resumed.</source>
        <translation>इस वर्कफ़्लो के फिर चालू होने से पहले फिर चालू करना रद्द हुआ।</translation>
    </message>
    <message>
        <source>Resume after incident %1: %2</source>
        <translation>इंसिडेंट %1 के बाद फिर चालू: %2</translation>
    </message>
    <message>
        <source>Resumed by %1.</source>
        <translation>%1 ने फिर चालू किया।</translation>
    </message>
    <message>
        <source>%1 is resuming it.</source>
        <translation>%1 इसे फिर चालू कर रहे हैं।</translation>
    </message>
    <message>
        <source>Already resumed.</source>
        <translation>पहले ही फिर चालू किया जा चुका है।</translation>
    </message>
</context>
<context>
    <name>IncidentResumeDialog</name>
    <message>
        <source> and %1 more</source>
        <translation> और %1 अन्य</translation>
    </message>
    <message>
        <source>1 %1 (%2)</source>
        <translation>1 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation>छोड़े गए: %1।</translation>
    </message>
    <message>
        <source>1 workflow</source>
        <translation>1 वर्कफ़्लो</translation>
    </message>
    <message>
        <source>%1 workflows</source>
        <translation>%1 वर्कफ़्लो</translation>
    </message>
    <message>
        <source>Resume incident %1?</source>
        <translation>इंसिडेंट %1 फिर चालू करें?</translation>
    </message>
    <message>
        <source>Resume the %1 that incident %2 paused?</source>
        <translation>इंसिडेंट %2 ने जो %1 रोके, उन्हें फिर चालू करें?</translation>
    </message>
    <message>
        <source>Paused for: “%1”</source>
        <translation>रोकने का कारण: “%1”</translation>
    </message>
    <message>
        <source>Each one is checked first: one that is no longer paused (resumed by someone else, cancelled, completed) is left as it is and reported.</source>
        <translation>हर एक पहले जाँचा जाता है: जो अब रुका नहीं है (किसी और ने चालू किया, रद्द हुआ, पूरा हुआ) उसे वैसे ही छोड़कर रिपोर्ट किया जाता है।</translation>
    </message>
    <message>
        <source>&amp;Note (optional, kept in the audit log):</source>
        <translation>टिप्पणी (&amp;N) (वैकल्पिक, ऑडिट लॉग में रखी जाती है):</translation>
    </message>
    <message>
        <source>e.g. Carrier confirmed the fix</source>
        <translation>जैसे: कैरियर ने सुधार की पुष्टि की</translation>
    </message>
    <message>
        <source>%1 1 workflow</source>
        <translation>1 वर्कफ़्लो %1</translation>
    </message>
    <message>
        <source>%1 %2 workflows</source>
        <translation>%2 वर्कफ़्लो %1</translation>
    </message>
    <message>
        <source>Don&apos;t resume</source>
        <translation>फिर चालू न करें</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>No data file is attached to the incident store</source>
        <translation>इंसिडेंट स्टोर से कोई डेटा फ़ाइल जुड़ी नहीं है</translation>
    </message>
</context>
<context>
    <name>IncidentsController</name>
    <message>
        <source>Resume incident…</source>
        <translation>इंसिडेंट फिर चालू करें…</translation>
    </message>
    <message>
        <source>Give back exactly the workflows an incident paused</source>
        <translation>ठीक वही वर्कफ़्लो वापस चालू करें जो इंसिडेंट ने रोके थे</translation>
    </message>
    <message>
        <source>Resuming what incident %1 paused</source>
        <translation>इंसिडेंट %1 ने जो रोका, उसे फिर चालू कर रहे हैं</translation>
    </message>
    <message>
        <source>Resuming what incident %1 paused (“%2”)</source>
        <translation>इंसिडेंट %1 ने जो रोका, उसे फिर चालू कर रहे हैं (“%2”)</translation>
    </message>
    <message>
        <source>%1 — resume</source>
        <translation>%1 — फिर चालू</translation>
    </message>
    <message>
        <source>Nothing was sent: the incident is not open or another run is busy.</source>
        <translation>कुछ नहीं भेजा गया: इंसिडेंट खुला नहीं है या दूसरी कार्रवाई चल रही है।</translation>
    </message>
    <message>
        <source>Incident %1 closed: %2.</source>
        <translation>इंसिडेंट %1 बंद: %2।</translation>
    </message>
    <message numerus="yes">
        <source>Incident %1 stays open: %2, %n not done. “Retry failed” tries those again.</source>
        <translation>
            <numerusform>इंसिडेंट %1 खुला है: %2, %n नहीं हुआ। “विफल दोबारा आज़माएँ” उसे फिर आज़माता है।</numerusform>
            <numerusform>इंसिडेंट %1 खुला है: %2, %n नहीं हुए। “विफल दोबारा आज़माएँ” उन्हें फिर आज़माता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) resumed, %1 left alone</source>
        <translation>
            <numerusform>%n वर्कफ़्लो फिर चालू, %1 छोड़े गए</numerusform>
            <numerusform>%n वर्कफ़्लो फिर चालू, %1 छोड़े गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Another bulk action is still running.</source>
        <translation>एक और सामूहिक कार्रवाई अभी चल रही है।</translation>
    </message>
    <message>
        <source>Incident %1 is not known here.</source>
        <translation>इंसिडेंट %1 यहाँ ज्ञात नहीं है।</translation>
    </message>
    <message>
        <source>Nothing was resumed.</source>
        <translation>कुछ फिर चालू नहीं हुआ।</translation>
    </message>
    <message>
        <source>Incident %1 is already closed; nothing was sent.</source>
        <translation>इंसिडेंट %1 पहले ही बंद है; कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Incident %1 was already closed by a teammate&apos;s resume; nothing was sent.</source>
        <translation>इंसिडेंट %1 टीम के साथी के फिर चालू करने से पहले ही बंद हो चुका था; कुछ नहीं भेजा गया।</translation>
    </message>
</context>
<context>
    <name>IncidentsDialog</name>
    <message>
        <source>Incidents</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message>
        <source>Resuming an incident gives back only the workflows its pause moved from active to paused and that are still paused. Anything paused before, or resumed by someone else since, is left alone and reported.</source>
        <translation>इंसिडेंट फिर चालू करने पर केवल वही वर्कफ़्लो वापस चालू होते हैं जिन्हें उसने सक्रिय से रोका था और जो अब भी रुके हैं। जो पहले से रुका था, या जिसे बाद में किसी और ने चालू किया, उसे छोड़ दिया जाता है और रिपोर्ट में बताया जाता है।</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>इंसिडेंट</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>शुरू (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Paused by it</source>
        <translation>इससे रोके गए</translation>
    </message>
    <message>
        <source>Show closed incidents</source>
        <translation>बंद इंसिडेंट दिखाएँ</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(कोई कारण नहीं दिया)</translation>
    </message>
    <message>
        <source>(%1 still to resume)</source>
        <translation>(%1 अभी फिर चालू होने बाकी)</translation>
    </message>
    <message>
        <source>Another bulk action is still running.</source>
        <translation>एक और सामूहिक कार्रवाई अभी चल रही है।</translation>
    </message>
    <message>
        <source>Select an open incident.</source>
        <translation>कोई खुला इंसिडेंट चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n वर्कफ़्लो</numerusform>
            <numerusform>%n वर्कफ़्लो</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume incident…</source>
        <translation>इंसिडेंट फिर चालू करें…</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API होस्ट</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused to %1 the entry for %2.</source>
        <translation>कीचेन ने %2 की प्रविष्टि पर %1 करने से मना किया।</translation>
    </message>
    <message>
        <source>Keychain %1 for %2 failed: %3</source>
        <translation>%2 के लिए कीचेन %1 विफल: %3</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (%2 for %3); is a Secret Service running and unlocked?</source>
        <translation>कीचेन ने %1 s में उत्तर नहीं दिया (%3 के लिए %2); क्या Secret Service चल रही है और अनलॉक है?</translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>unknown language &quot;%1&quot; (choose one of: %2)</source>
        <translation>अज्ञात भाषा &quot;%1&quot; (इनमें से चुनें: %2)</translation>
    </message>
</context>
<context>
    <name>LeadHistoryDialog</name>
    <message>
        <source>Loading the lead&apos;s history…</source>
        <translation>लीड का इतिहास लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Lead history — %1</source>
        <translation>लीड का इतिहास — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; स्थिति: %3</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>नोड</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>प्रवेश</translation>
    </message>
    <message>
        <source>Exited / ends</source>
        <translation>निकला / समाप्ति</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>इतिहास लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>%1 को समाप्त</translation>
    </message>
    <message>
        <source>still here</source>
        <translation>अभी यहीं</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>कॉल %1</translation>
    </message>
    <message>
        <source>This lead has no steps yet.</source>
        <translation>इस लीड का अभी कोई चरण नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), oldest first.</source>
        <translation>
            <numerusform>%n चरण, सबसे पुराना पहले।</numerusform>
            <numerusform>%n चरण, सबसे पुराना पहले।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Current node</source>
        <translation>मौजूदा नोड</translation>
    </message>
    <message>
        <source>Enrolled at</source>
        <translation>नामांकन समय</translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ पिछला</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>अगला ▶</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <source>Leads by status</source>
        <translation>स्थिति के अनुसार लीड</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Leads in a status outside the documented ones</source>
        <translation>ऐसी स्थिति वाली लीड जो दस्तावेज़ में नहीं है</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Show the selected lead&apos;s steps through the workflow (or double-click it)</source>
        <translation>चुनी गई लीड के वर्कफ़्लो में चरण दिखाएँ (या उस पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>Unknown: some statuses could not be counted</source>
        <translation>अज्ञात: कुछ स्थितियाँ गिनी नहीं जा सकीं</translation>
    </message>
    <message>
        <source>Select a workflow to see its leads.</source>
        <translation>लीड देखने के लिए कोई वर्कफ़्लो चुनें।</translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation>लीड गिनी जा रही हैं…</translation>
    </message>
    <message>
        <source>Could not count the leads: %1</source>
        <translation>लीड गिनी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>%1 leads in total · %2 not finished yet</source>
        <translation>कुल %1 लीड · %2 अभी पूरी नहीं</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
    <message>
        <source>No leads</source>
        <translation>कोई लीड नहीं</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>पेज %1</translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation>पेज %1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Could not load the leads: %1</source>
        <translation>लीड लोड नहीं हो सकीं: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleAction</name>
    <message>
        <source>Activate</source>
        <translation>सक्रिय करें</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर चालू करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>सक्रिय हो रहा है…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>फिर चालू हो रहा है…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>फिर चालू किया गया</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
</context>
<context>
    <name>ListCompletenessStrip</name>
    <message>
        <source>This list is incomplete: DialNexa kept sending workflows it had already sent instead of the next page, so workflows may be missing from it. “Pause all active…” will not run until the whole list arrives; pause workflows one by one or by selection meanwhile.</source>
        <translation>यह सूची अधूरी है: DialNexa अगले पेज की जगह पहले भेजे वर्कफ़्लो ही भेजता रहा, इसलिए इसमें कुछ वर्कफ़्लो छूट सकते हैं। पूरी सूची आने तक “सभी सक्रिय रोकें…” नहीं चलेगा; तब तक वर्कफ़्लो एक-एक करके या चुनकर रोकें।</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) from DialNexa could not be read (no usable id or status) and are not shown.</source>
        <translation>
            <numerusform>DialNexa का %n वर्कफ़्लो पढ़ा नहीं जा सका (काम का id या स्थिति नहीं) और दिखाया नहीं गया।</numerusform>
            <numerusform>DialNexa के %n वर्कफ़्लो पढ़े नहीं जा सके (काम का id या स्थिति नहीं) और दिखाए नहीं गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DialNexa Console</source>
        <translation>DialNexa कंसोल</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश (&amp;R)</translation>
    </message>
    <message>
        <source>Reload every workflow from DialNexa (F5)</source>
        <translation>DialNexa से हर वर्कफ़्लो फिर लोड करें (F5)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>Pause the selected workflow: no new calls start (Ctrl+P)</source>
        <translation>चुना गया वर्कफ़्लो रोकें: कोई नई कॉल शुरू नहीं होगी (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर चालू करें (&amp;R)</translation>
    </message>
    <message>
        <source>Resume the selected paused workflow (Ctrl+R)</source>
        <translation>चुना गया रुका वर्कफ़्लो फिर चालू करें (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>रद्द करें…</translation>
    </message>
    <message>
        <source>Cancel the selected workflow permanently (asks first)</source>
        <translation>चुना गया वर्कफ़्लो स्थायी रूप से रद्द करें (पहले पूछता है)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>साइन इन… (&amp;I)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <source>Forget the API key of this profile</source>
        <translation>इस प्रोफ़ाइल की API कुंजी भुला दें</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>वर्कफ़्लो (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>प्रोफ़ाइल:</translation>
    </message>
    <message>
        <source>Which DialNexa workspace this console talks to</source>
        <translation>यह कंसोल किस DialNexa वर्कस्पेस से बात करता है</translation>
    </message>
    <message>
        <source>Search by name or ID  (Ctrl+F)</source>
        <translation>नाम या ID से खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Statuses the API does not document (shown with the server&apos;s own word)</source>
        <translation>ऐसी स्थितियाँ जो API में दर्ज नहीं (सर्वर के अपने शब्द में दिखाई जाती हैं)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <source>Connected to the built-in simulated DialNexa API, not a real workspace</source>
        <translation>बिल्ट-इन सिम्युलेटेड DialNexa API से जुड़ा है, असली वर्कस्पेस से नहीं</translation>
    </message>
    <message>
        <source>Close the console?</source>
        <translation>कंसोल बंद करें?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>फिर भी बंद करें</translation>
    </message>
    <message>
        <source>Keep the console open</source>
        <translation>कंसोल खुला रखें</translation>
    </message>
    <message>
        <source>Stale: these statuses are the last ones DialNexa confirmed.</source>
        <translation>पुराना: ये वे आख़िरी स्थितियाँ हैं जिनकी DialNexa ने पुष्टि की।</translation>
    </message>
    <message>
        <source>The sandbox uses its built-in demo key; there is nothing to sign out of</source>
        <translation>सैंडबॉक्स अपनी बिल्ट-इन डेमो कुंजी इस्तेमाल करता है; साइन आउट करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n वर्कफ़्लो</numerusform>
            <numerusform>%n वर्कफ़्लो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workflow(s)</source>
        <translation>
            <numerusform>%n में से %1 वर्कफ़्लो</numerusform>
            <numerusform>%n में से %1 वर्कफ़्लो</numerusform>
        </translation>
    </message>
    <message>
        <source>Search workflows</source>
        <translation>वर्कफ़्लो खोजें</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 रुके</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>ID कॉपी करें (&amp;I)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>सेटिंग… (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Show workflows with status</source>
        <translation>इस स्थिति वाले वर्कफ़्लो दिखाएँ</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>वर्कफ़्लो</translation>
    </message>
    <message>
        <source>1 workflow</source>
        <translation>1 वर्कफ़्लो</translation>
    </message>
    <message>
        <source>%1 workflows</source>
        <translation>%1 वर्कफ़्लो</translation>
    </message>
    <message>
        <source>&amp;Pause %1</source>
        <translation>%1 रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume %1</source>
        <translation>%1 फिर चालू करें (&amp;R)</translation>
    </message>
    <message>
        <source>Pause the selected active workflows as one incident (Ctrl+P)</source>
        <translation>चुने हुए सक्रिय वर्कफ़्लो एक इंसिडेंट के रूप में रोकें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Resume the selected paused workflows (Ctrl+R)</source>
        <translation>चुने हुए रुके वर्कफ़्लो फिर चालू करें (Ctrl+R)</translation>
    </message>
    <message>
        <source>Copy %1 &amp;IDs</source>
        <translation>%1 ID कॉपी करें (&amp;I)</translation>
    </message>
</context>
<context>
    <name>MonitoringController</name>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>गतिविधि (&amp;A)</translation>
    </message>
    <message>
        <source>Status changes seen this session, and who made them</source>
        <translation>इस सत्र में देखे गए स्थिति-बदलाव, और किसने किए</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>डेस्कटॉप सूचनाएँ (&amp;N)</translation>
    </message>
    <message>
        <source>Notify on the desktop when a workflow changes status not by this console while the window is in the background</source>
        <translation>विंडो पीछे होने पर, जब कोई वर्कफ़्लो इस कंसोल के बिना स्थिति बदले, तो डेस्कटॉप पर सूचना दें</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>वॉलबोर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>Full-screen status board for a room (F11; Esc or F11 to leave)</source>
        <translation>कमरे के लिए पूरी स्क्रीन वाला स्थिति बोर्ड (F11; निकलने के लिए Esc या F11)</translation>
    </message>
    <message>
        <source>Open &amp;leads</source>
        <translation>लीड खोलें (&amp;L)</translation>
    </message>
    <message>
        <source>Show the current workflow&apos;s leads beside the list</source>
        <translation>मौजूदा वर्कफ़्लो की लीड सूची के बगल में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionController</name>
    <message>
        <source>Needs attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>ध्यान दें (&amp;A)</translation>
    </message>
    <message>
        <source>Actions that failed or whose outcome is unknown, until retried or dismissed</source>
        <translation>विफल या अज्ञात परिणाम वाली कार्रवाइयाँ, जब तक दोबारा न आज़माई जाएँ या हटाई न जाएँ</translation>
    </message>
    <message>
        <source>Open the list of actions that need attention</source>
        <translation>ध्यान माँगने वाली कार्रवाइयों की सूची खोलें</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n पर ध्यान दें</numerusform>
            <numerusform>%n पर ध्यान दें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsAttentionEntry</name>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove this entry; nothing is sent</source>
        <translation>यह प्रविष्टि हटाएँ; कुछ नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>%1 “%2”: outcome unknown (%3)</source>
        <translation>%1 “%2”: परिणाम अज्ञात (%3)</translation>
    </message>
    <message>
        <source>%1 “%2” failed (%3)</source>
        <translation>%1 “%2” विफल (%3)</translation>
    </message>
    <message>
        <source>Send the %1 again</source>
        <translation>%1 दोबारा भेजें</translation>
    </message>
    <message>
        <source>Send incident %1&apos;s failed requests again</source>
        <translation>इंसिडेंट %1 के विफल अनुरोध दोबारा भेजें</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionPanel</name>
    <message>
        <source>Nothing needs attention: every action went through or was dismissed.</source>
        <translation>किसी पर ध्यान की ज़रूरत नहीं: हर कार्रवाई हो गई या हटा दी गई।</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>समस्या का विवरण</translation>
    </message>
    <message>
        <source>No further details.</source>
        <translation>और विवरण नहीं।</translation>
    </message>
</context>
<context>
    <name>NetworkController</name>
    <message>
        <source>%1 Only the system&apos;s certificate authorities are trusted.</source>
        <translation>%1 केवल सिस्टम के सर्टिफ़िकेट प्राधिकरण भरोसेमंद हैं।</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password. Set the proxy, with its user name, in the profile (Manual proxy).</source>
        <translation>प्रॉक्सी उपयोगकर्ता नाम और पासवर्ड माँगता है। प्रोफ़ाइल में प्रॉक्सी उपयोगकर्ता नाम के साथ सेट करें (मैनुअल प्रॉक्सी)।</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>प्रॉक्सी पासवर्ड</translation>
    </message>
    <message>
        <source>Password of %1 for the proxy %2:%3 (kept in the keychain):</source>
        <translation>प्रॉक्सी %2:%3 के लिए %1 का पासवर्ड (कीचेन में रखा जाता है):</translation>
    </message>
</context>
<context>
    <name>PauseWindowRunner</name>
    <message>
        <source>%1 “%2” started%3: incident %4, %5 paused, %6 already paused, %7 failed.</source>
        <translation>%1 “%2” शुरू हुई%3: इंसिडेंट %4, %5 रोके, %6 पहले से रुके, %7 विफल।</translation>
    </message>
    <message>
        <source> late</source>
        <translation> देर से</translation>
    </message>
    <message>
        <source>%1 “%2”: its occurrence %3 – %4 passed while no console or dialnexa-ctl ran; nothing was paused.</source>
        <translation>%1 “%2”: इसका समय %3 – %4 बीत गया जब कोई कंसोल या dialnexa-ctl नहीं चल रहा था; कुछ नहीं रोका गया।</translation>
    </message>
    <message>
        <source>%1 (pause window %2 started %3 min late; planned for %4)</source>
        <translation>%1 (पॉज़ विंडो %2 %3 मिनट देर से शुरू हुई; योजना %4 की थी)</translation>
    </message>
    <message>
        <source>%1: no connection to DialNexa; it will start on the next pass.</source>
        <translation>%1: DialNexa से कनेक्शन नहीं; यह अगले पास में शुरू होगी।</translation>
    </message>
    <message>
        <source>%1 “%2” could not start: %3. Nothing was paused; it is tried again on the next pass.</source>
        <translation>%1 “%2” शुरू नहीं हो सकी: %3। कुछ नहीं रोका गया; अगले पास में फिर कोशिश होगी।</translation>
    </message>
    <message>
        <source>the workflow list is incomplete (%1)</source>
        <translation>वर्कफ़्लो सूची अधूरी है (%1)</translation>
    </message>
    <message>
        <source>%1 “%2” started%3: no active workflow in its scope, nothing paused.</source>
        <translation>%1 “%2” शुरू हुई%3: दायरे में कोई सक्रिय वर्कफ़्लो नहीं, कुछ नहीं रोका।</translation>
    </message>
    <message>
        <source>%1 could not open its incident (%2); nothing was paused.</source>
        <translation>%1 अपना इंसिडेंट नहीं खोल सकी (%2); कुछ नहीं रोका गया।</translation>
    </message>
    <message>
        <source>%1: its incident %2 was not resumed here%3; resume it from the Incidents dialog or with dialnexa-ctl resume --incident %2 --yes.</source>
        <translation>%1: इसका इंसिडेंट %2 यहाँ फिर चालू नहीं हुआ%3; इसे इंसिडेंट संवाद से या dialnexa-ctl resume --incident %2 --yes से फिर चालू करें।</translation>
    </message>
    <message>
        <source>%1 “%2” ended: %3 resumed.</source>
        <translation>%1 “%2” खत्म हुई: %3 फिर चालू।</translation>
    </message>
</context>
<context>
    <name>PauseWindowStore</name>
    <message>
        <source>the team store is not connected; pause windows are kept there only</source>
        <translation>टीम स्टोर जुड़ा नहीं है; पॉज़ विंडो केवल वहीं रखी जाती हैं</translation>
    </message>
    <message>
        <source>No data file is attached to the pause window store</source>
        <translation>पॉज़ विंडो स्टोर से कोई डेटा फ़ाइल जुड़ी नहीं है</translation>
    </message>
    <message>
        <source>saving a pause window</source>
        <translation>पॉज़ विंडो सहेजना</translation>
    </message>
    <message>
        <source>Window %1 is not planned any more (started, ended or cancelled already); only a planned window can be cancelled.</source>
        <translation>विंडो %1 अब योजना में नहीं है (शुरू, खत्म या रद्द हो चुकी); केवल योजना वाली विंडो रद्द हो सकती है।</translation>
    </message>
    <message>
        <source>Window %1 is not running (or is ending already); only a running window can be ended early.</source>
        <translation>विंडो %1 नहीं चल रही (या खत्म हो रही है); केवल चल रही विंडो पहले खत्म की जा सकती है।</translation>
    </message>
    <message>
        <source>The new end must be later than now.</source>
        <translation>नया अंत अभी के बाद का होना चाहिए।</translation>
    </message>
    <message>
        <source>Window %1 is not running (or is ending already); only a running window can be extended.</source>
        <translation>विंडो %1 नहीं चल रही (या खत्म हो रही है); केवल चल रही विंडो बढ़ाई जा सकती है।</translation>
    </message>
</context>
<context>
    <name>PauseWindowsController</name>
    <message>
        <source>Pause windows…</source>
        <translation>पॉज़ विंडो…</translation>
    </message>
    <message>
        <source>Plan quiet hours and holidays: pause at the start, resume at the end</source>
        <translation>शांत घंटे और छुट्टियाँ तय करें: शुरू में रोकें, अंत में फिर चालू करें</translation>
    </message>
    <message>
        <source>%1 until %2 — %3 paused</source>
        <translation>%1 %2 तक — %3 रुके</translation>
    </message>
    <message>
        <source>Pause window “%1” starts at %2: it will pause %3 active workflow(s) (%4).</source>
        <translation>पॉज़ विंडो “%1” %2 पर शुरू होगी: यह %3 सक्रिय वर्कफ़्लो रोकेगी (%4)।</translation>
    </message>
    <message>
        <source>%1 %2 has kept %3 workflow(s) paused for %4 h.</source>
        <translation>%1 %2 ने %3 वर्कफ़्लो %4 घंटे से रोक रखे हैं।</translation>
    </message>
</context>
<context>
    <name>PauseWindowsDialog</name>
    <message>
        <source>Pause windows</source>
        <translation>पॉज़ विंडो</translation>
    </message>
</context>
<context>
    <name>PauseWindowsPanel</name>
    <message>
        <source>Plan window</source>
        <translation>विंडो तय करें</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>विंडो रद्द करें</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>अभी खत्म करें</translation>
    </message>
    <message>
        <source>Extend 1 h</source>
        <translation>1 घंटा बढ़ाएँ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Next start</source>
        <translation>अगली शुरुआत</translation>
    </message>
    <message>
        <source>Next end</source>
        <translation>अगला अंत</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>योजनाकार</translation>
    </message>
    <message>
        <source>e.g. Quiet hours</source>
        <translation>जैसे शांत घंटे</translation>
    </message>
    <message>
        <source>Name or ID contains… (empty: every active workflow)</source>
        <translation>नाम या ID में… (खाली: हर सक्रिय वर्कफ़्लो)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>रोज़</translation>
    </message>
    <message>
        <source>Weekdays (Mon–Fri)</source>
        <translation>कार्यदिवस (सोम–शुक्र)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Start (local):</source>
        <translation>शुरुआत (स्थानीय):</translation>
    </message>
    <message>
        <source>End (local):</source>
        <translation>अंत (स्थानीय):</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>खोज:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>दोहराव:</translation>
    </message>
    <message>
        <source>Matches now:</source>
        <translation>अभी मेल खाते:</translation>
    </message>
    <message>
        <source>Plan a window</source>
        <translation>विंडो की योजना</translation>
    </message>
    <message>
        <source>running — %1 paused</source>
        <translation>चल रही — %1 रुके</translation>
    </message>
    <message>
        <source>1 active workflow</source>
        <translation>1 सक्रिय वर्कफ़्लो</translation>
    </message>
    <message>
        <source>%1 active workflows</source>
        <translation>%1 सक्रिय वर्कफ़्लो</translation>
    </message>
    <message>
        <source> (%1%2), %3 enrolled leads</source>
        <translation> (%1%2), %3 नामांकित लीड</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>अंत, शुरुआत के बाद का होना चाहिए।</translation>
    </message>
    <message>
        <source>The window could not be stored: %1</source>
        <translation>विंडो सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile name cannot be empty.</source>
        <translation>प्रोफ़ाइल का नाम खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>प्रोफ़ाइल का नाम स्पेस से शुरू या ख़त्म नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>प्रोफ़ाइल के नाम में अधिकतम 64 अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;@&apos;, &apos;/&apos; or &apos;\&apos;.</source>
        <translation>प्रोफ़ाइल के नाम में &apos;@&apos;, &apos;/&apos; या &apos;\&apos; नहीं हो सकते।</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>प्रोफ़ाइल के नाम में कंट्रोल कैरेक्टर नहीं हो सकते।</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid address.</source>
        <translation>बेस URL &quot;%1&quot; मान्य पता नहीं है।</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; the API key is stored in the keychain.</source>
        <translation>बेस URL में उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए; API कुंजी कीचेन में रखी जाती है।</translation>
    </message>
    <message>
        <source>The base URL must not contain a query or fragment.</source>
        <translation>बेस URL में query या fragment नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; नाम का प्रोफ़ाइल पहले से है।</translation>
    </message>
    <message>
        <source>The Sandbox profile&apos;s address is chosen when the sandbox starts; it cannot be changed.</source>
        <translation>Sandbox प्रोफ़ाइल का पता सैंडबॉक्स शुरू होने पर तय होता है; उसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का कोई प्रोफ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be renamed.</source>
        <translation>बिल्ट-इन Sandbox प्रोफ़ाइल का नाम बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be deleted.</source>
        <translation>बिल्ट-इन Sandbox प्रोफ़ाइल हटाया नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Give the proxy as host:port, e.g. proxy.example.com:3128.</source>
        <translation>प्रॉक्सी host:port के रूप में दें, जैसे proxy.example.com:3128।</translation>
    </message>
</context>
<context>
    <name>RefreshPresenter</name>
    <message>
        <source>Connected to %1</source>
        <translation>%1 से जुड़ा</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> The list shows the last confirmed statuses.</source>
        <translation> सूची अंतिम पुष्ट स्थितियाँ दिखाती है।</translation>
    </message>
    <message>
        <source>Could not refresh the workflow list: %1</source>
        <translation>वर्कफ़्लो सूची रीफ़्रेश नहीं हो सकी: %1</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>No successful load within %1 s; no screenshot taken.</source>
        <translation>%1 s में कोई सफल लोडिंग नहीं; स्क्रीनशॉट नहीं लिया।</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>स्क्रीनशॉट %1 में नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>Screenshot saved to %1 (%2×%3).</source>
        <translation>स्क्रीनशॉट %1 में सहेजा गया (%2×%3)।</translation>
    </message>
    <message>
        <source>Could not write the wallboard screenshot to %1.</source>
        <translation>वॉलबोर्ड स्क्रीनशॉट %1 में नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>Wallboard screenshot saved to %1 (1600×900).</source>
        <translation>वॉलबोर्ड स्क्रीनशॉट %1 में सहेजा गया (1600×900)।</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Still working on this workspace</source>
        <translation>इस वर्कस्पेस पर काम अभी जारी है</translation>
    </message>
    <message>
        <source>Stop the bulk action</source>
        <translation>सामूहिक कार्रवाई रोकें</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>चलने दें</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Using “%2” instead.</source>
        <translation>“%1” नाम का कोई प्रोफ़ाइल नहीं है। इसकी जगह “%2” इस्तेमाल हो रहा है।</translation>
    </message>
    <message>
        <source>The Sandbox profile needs the built-in simulator</source>
        <translation>Sandbox प्रोफ़ाइल को बिल्ट-इन सिम्युलेटर चाहिए</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile only works when the console is started with --sandbox. Sign in to a DialNexa workspace to add a profile.</source>
        <translation>बिल्ट-इन Sandbox प्रोफ़ाइल तभी चलता है जब कंसोल --sandbox के साथ शुरू हो। प्रोफ़ाइल जोड़ने के लिए किसी DialNexa वर्कस्पेस में साइन इन करें।</translation>
    </message>
    <message>
        <source>Unusable address</source>
        <translation>बेकार पता</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>साइन इन नहीं</translation>
    </message>
    <message>
        <source>Looking up the API key…</source>
        <translation>API कुंजी खोजी जा रही है…</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Enter the API key; it will be kept for this session only.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है (%1)। API कुंजी डालें; यह केवल इस सत्र में रखी जाएगी।</translation>
    </message>
    <message>
        <source>The system keychain is not available; the key will be kept for this session only.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है; कुंजी केवल इस सत्र में रखी जाएगी।</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <source>“%1” is the built-in simulator profile; choose another name.</source>
        <translation>“%1” बिल्ट-इन सिम्युलेटर का प्रोफ़ाइल है; दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>साइन आउट हो गया।</translation>
    </message>
    <message>
        <source>Signed out; the key was removed.</source>
        <translation>साइन आउट हो गया; कुंजी हटा दी गई।</translation>
    </message>
    <message>
        <source>Signed out for this session, but the stored key could not be removed: %1</source>
        <translation>इस सत्र के लिए साइन आउट हुआ, पर सहेजी गई कुंजी हटाई नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>DialNexa refused the request (403): this API key is not allowed to do that in this workspace. Sign in with a key that has access.</source>
        <translation>DialNexa ने अनुरोध मना किया (403): इस API कुंजी को इस वर्कस्पेस में यह करने की अनुमति नहीं। पहुँच वाली कुंजी से साइन इन करें।</translation>
    </message>
    <message>
        <source>DialNexa did not accept the API key (401): it may have been revoked or mistyped. Sign in again to continue.</source>
        <translation>DialNexa ने API कुंजी स्वीकार नहीं की (401): शायद रद्द हुई या गलत लिखी गई। जारी रखने के लिए फिर साइन इन करें।</translation>
    </message>
    <message>
        <source>Key not allowed (403)</source>
        <translation>कुंजी को अनुमति नहीं (403)</translation>
    </message>
    <message>
        <source>Not signed in — key refused</source>
        <translation>साइन इन नहीं — कुंजी अस्वीकार</translation>
    </message>
    <message>
        <source>The team store password could not be kept in the keychain: %1</source>
        <translation>टीम स्टोर का पासवर्ड कीचेन में नहीं रखा जा सका: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Parallel requests for bulk actions</source>
        <translation>सामूहिक कार्रवाई के लिए एक साथ अनुरोध</translation>
    </message>
    <message>
        <source>&amp;Parallel requests for bulk actions:</source>
        <translation>सामूहिक कार्रवाई के लिए एक साथ अनुरोध (&amp;P):</translation>
    </message>
    <message>
        <source>How many pause or resume requests a bulk action keeps in flight at once. More is faster; DialNexa may ask the console to slow down. Applies to the next run.</source>
        <translation>सामूहिक कार्रवाई एक साथ कितने रोकने या फिर चालू करने के अनुरोध भेजे। ज़्यादा तेज़ है; DialNexa धीमा करने को कह सकता है। अगली बार से लागू।</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>Remind of an incident paused longer than</source>
        <translation>इससे ज़्यादा देर रुके इंसिडेंट की याद दिलाएँ</translation>
    </message>
    <message>
        <source>&amp;Remind of an incident paused longer than:</source>
        <translation>इससे ज़्यादा देर रुके इंसिडेंट की &amp;याद दिलाएँ:</translation>
    </message>
    <message>
        <source>For the profile “%1”: an incident that still keeps workflows paused after this long raises a reminder once.</source>
        <translation>प्रोफ़ाइल “%1” के लिए: जो इंसिडेंट इतनी देर बाद भी वर्कफ़्लो रोके रखे, उसकी एक बार याद दिलाई जाती है।</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>Next / previous area (search, status, chips, list, details, toolbar)</source>
        <translation>अगला / पिछला हिस्सा (खोज, स्थिति, चिप, सूची, विवरण, टूलबार)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>From the search to the list</source>
        <translation>खोज से सूची पर</translation>
    </message>
    <message>
        <source>Down or Enter</source>
        <translation>Down या Enter</translation>
    </message>
    <message>
        <source>Toggle a status chip</source>
        <translation>स्थिति चिप चालू/बंद करें</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DialNexa</source>
        <translation>DialNexa में साइन इन करें</translation>
    </message>
    <message>
        <source>Enter the API key of your DialNexa workspace. The key is kept in the system keychain, never in a settings file.</source>
        <translation>अपने DialNexa वर्कस्पेस की API कुंजी डालें। कुंजी सिस्टम कीचेन में रखी जाती है, कभी सेटिंग फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>जैसे Production</translation>
    </message>
    <message>
        <source>Current v1 API (recommended)</source>
        <translation>मौजूदा v1 API (सुझाया गया)</translation>
    </message>
    <message>
        <source>Legacy unversioned API — scheduled for deprecation on July 31, 2026</source>
        <translation>पुराना बिना-संस्करण API — 31 जुलाई 2026 को बंद होना तय</translation>
    </message>
    <message>
        <source>keyId:secret</source>
        <translation>keyId:secret</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>प्रोफ़ाइल का नाम (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>बेस URL (&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Enter the DialNexa API address.</source>
        <translation>DialNexa API का पता डालें।</translation>
    </message>
    <message>
        <source>Legacy unversioned base: still supported, but scheduled for deprecation on July 31, 2026. Prefer …/v1.</source>
        <translation>पुराना बिना-संस्करण बेस: अभी चलता है, पर 31 जुलाई 2026 को बंद होना तय है। …/v1 चुनें।</translation>
    </message>
    <message>
        <source>Current v1 API (recommended); the legacy unversioned base %1 is also accepted.</source>
        <translation>मौजूदा v1 API (सुझाया गया); पुराना बिना-संस्करण बेस %1 भी चलता है।</translation>
    </message>
    <message>
        <source>none: the system&apos;s certificate authorities only</source>
        <translation>कोई नहीं: केवल सिस्टम के सर्टिफ़िकेट प्राधिकरण</translation>
    </message>
    <message>
        <source>A PEM file with your company&apos;s CA certificates (ask your IT). They are trusted in addition to the system&apos;s.</source>
        <translation>आपकी कंपनी के CA सर्टिफ़िकेट वाली PEM फ़ाइल (अपने IT से माँगें)। ये सिस्टम के अलावा भरोसेमंद माने जाते हैं।</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>चुनें… (&amp;W)</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>भरोसेमंद CA सर्टिफ़िकेट</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>सर्टिफ़िकेट (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>System settings (https_proxy, no_proxy)</source>
        <translation>सिस्टम सेटिंग (https_proxy, no_proxy)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>कोई प्रॉक्सी नहीं</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>मैनुअल</translation>
    </message>
    <message>
        <source>proxy.example.com:3128</source>
        <translation>proxy.example.com:3128</translation>
    </message>
    <message>
        <source>only if the proxy asks</source>
        <translation>केवल प्रॉक्सी माँगे तो</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates:</source>
        <translation>भरोसेमंद CA सर्टिफ़िकेट (&amp;T):</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>प्रॉक्सी (&amp;X):</translation>
    </message>
    <message>
        <source>Proxy &amp;host:port:</source>
        <translation>प्रॉक्सी host:port (&amp;H):</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>प्रॉक्सी उपयोगकर्ता (&amp;U):</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>टीम स्टोर</translation>
    </message>
    <message>
        <source>none: this computer only</source>
        <translation>कोई नहीं: केवल यह कंप्यूटर</translation>
    </message>
    <message>
        <source>Where the team shares incidents and the audit trail: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full</source>
        <translation>जहाँ टीम इंसिडेंट और ऑडिट ट्रेल साझा करती है: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>टीम स्टोर पासवर्ड</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>सिस्टम कीचेन में रखा जाता है</translation>
    </message>
    <message>
        <source>T&amp;eam store:</source>
        <translation>टीम स्टोर (&amp;E):</translation>
    </message>
    <message>
        <source>Team store pass&amp;word:</source>
        <translation>टीम स्टोर पासवर्ड (&amp;W):</translation>
    </message>
</context>
<context>
    <name>StaleDataStrip</name>
    <message>
        <source>DialNexa unreachable</source>
        <translation>DialNexa तक पहुँच नहीं</translation>
    </message>
    <message>
        <source>Showing data from %1 — %2. Statuses may have changed since.</source>
        <translation>%1 का डेटा दिख रहा है — %2। तब से स्थितियाँ बदली हो सकती हैं।</translation>
    </message>
    <message>
        <source>DialNexa is answering with errors</source>
        <translation>DialNexa त्रुटियों के साथ उत्तर दे रहा है</translation>
    </message>
    <message>
        <source>signed out, not updating</source>
        <translation>साइन आउट, अपडेट नहीं हो रहा</translation>
    </message>
    <message>
        <source>no update in the last %1 checks</source>
        <translation>पिछली %1 जाँचों में कोई अपडेट नहीं</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>No workflows</source>
        <translation>कोई वर्कफ़्लो नहीं</translation>
    </message>
</context>
<context>
    <name>StatusSummaryBar</name>
    <message>
        <source>Workflows whose status the API does not document. Click to show only them; click again to show all.</source>
        <translation>ऐसे वर्कफ़्लो जिनकी स्थिति API में दर्ज नहीं। केवल उन्हें देखने के लिए क्लिक करें; सब देखने के लिए फिर क्लिक करें।</translation>
    </message>
    <message>
        <source>Click to show only %1 workflows; click again to show all.</source>
        <translation>केवल %1 वर्कफ़्लो देखने के लिए क्लिक करें; सब देखने के लिए फिर क्लिक करें।</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>कुल %1</translation>
    </message>
    <message>
        <source>%1: %2, filter</source>
        <translation>%1: %2, फ़िल्टर</translation>
    </message>
    <message numerus="yes">
        <source>Shows only the %n workflow(s) counted here; press again to show all.</source>
        <translation>
            <numerusform>केवल यहाँ गिना गया %n वर्कफ़्लो दिखाता है; सब देखने के लिए फिर दबाएँ।</numerusform>
            <numerusform>केवल यहाँ गिने गए %n वर्कफ़्लो दिखाता है; सब देखने के लिए फिर दबाएँ।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActivityFeed</name>
    <message>
        <source>%1 paused it</source>
        <translation>%1 ने इसे रोका</translation>
    </message>
    <message>
        <source>%1 resumed it</source>
        <translation>%1 ने इसे फिर चालू किया</translation>
    </message>
    <message>
        <source>%1 cancelled it</source>
        <translation>%1 ने इसे रद्द किया</translation>
    </message>
    <message>
        <source>%1 activated it</source>
        <translation>%1 ने इसे सक्रिय किया</translation>
    </message>
    <message numerus="yes">
        <source>%1 resumed %n workflow(s) — incident %2 %3</source>
        <translation>
            <numerusform>%1 ने %n वर्कफ़्लो फिर चालू किया — इंसिडेंट %2 %3</numerusform>
            <numerusform>%1 ने %n वर्कफ़्लो फिर चालू किए — इंसिडेंट %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paused %n workflow(s) — incident %2 %3</source>
        <translation>
            <numerusform>%1 ने %n वर्कफ़्लो रोका — इंसिडेंट %2 %3</numerusform>
            <numerusform>%1 ने %n वर्कफ़्लो रोके — इंसिडेंट %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamReplicator</name>
    <message>
        <source>sending rows</source>
        <translation>पंक्तियाँ भेजना</translation>
    </message>
    <message>
        <source>sending %1 rows</source>
        <translation>%1 की पंक्तियाँ भेजना</translation>
    </message>
    <message>
        <source>Team store online</source>
        <translation>टीम स्टोर ऑनलाइन</translation>
    </message>
    <message>
        <source>Team store online — %1</source>
        <translation>टीम स्टोर ऑनलाइन — %1</translation>
    </message>
    <message>
        <source>Team store offline — %1</source>
        <translation>टीम स्टोर ऑफ़लाइन — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) waiting</source>
        <translation>
            <numerusform>%n पंक्ति प्रतीक्षा में</numerusform>
            <numerusform>%n पंक्तियाँ प्रतीक्षा में</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>the PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>PostgreSQL ड्राइवर इंस्टॉल नहीं है (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation>पासवर्ड अस्वीकार किया गया</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>सुरक्षित कनेक्शन विफल</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>सर्वर तक नहीं पहुँच सकते</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>Team store %1: %2 (%3). Working local-only: actions still go out and wait in this computer&apos;s file.</source>
        <translation>टीम स्टोर %1: %2 (%3)। केवल लोकल काम: कार्रवाइयाँ फिर भी जाती हैं और इस कंप्यूटर की फ़ाइल में प्रतीक्षा करती हैं।</translation>
    </message>
    <message>
        <source>Team store %1: %2 failed (%3)</source>
        <translation>टीम स्टोर %1: %2 विफल (%3)</translation>
    </message>
    <message>
        <source>Team store %1 uses schema %2, newer than this console knows (%3): this console does not write there; update it. Working local-only.</source>
        <translation>टीम स्टोर %1 स्कीमा %2 इस्तेमाल करता है, जो इस कंसोल की जानकारी (%3) से नया है: यह कंसोल वहाँ नहीं लिखता; इसे अपडेट करें। केवल लोकल काम।</translation>
    </message>
    <message>
        <source>schema %1 (%2): %3</source>
        <translation>स्कीमा %1 (%2): %3</translation>
    </message>
    <message>
        <source>Team store %1: cannot prepare its tables (%2). Working local-only.</source>
        <translation>टीम स्टोर %1: टेबल तैयार नहीं हो सकीं (%2)। केवल लोकल काम।</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source> — incident %1</source>
        <translation> — इंसिडेंट %1</translation>
    </message>
    <message>
        <source>%1: incident %2 %3 — %4</source>
        <translation>%1: इंसिडेंट %2 %3 — %4</translation>
    </message>
    <message>
        <source>claiming %1</source>
        <translation>%1 पर दावा</translation>
    </message>
    <message>
        <source>recording the resume of %1</source>
        <translation>%1 का फिर चालू होना दर्ज करना</translation>
    </message>
    <message>
        <source>Team store %1 did not answer within %2 s. Working local-only: actions still go out and wait in this computer&apos;s file.</source>
        <translation>टीम स्टोर %1 ने %2 सेकंड में उत्तर नहीं दिया। केवल लोकल काम: कार्रवाइयाँ फिर भी जाती हैं और इस कंप्यूटर की फ़ाइल में प्रतीक्षा करती हैं।</translation>
    </message>
    <message>
        <source>Team store %1: connecting. Until it answers, actions still go out and wait in this computer&apos;s file.</source>
        <translation>टीम स्टोर %1: कनेक्ट हो रहा है। जब तक यह उत्तर नहीं देता, कार्रवाइयाँ फिर भी जाती हैं और इस कंप्यूटर की फ़ाइल में प्रतीक्षा करती हैं।</translation>
    </message>
</context>
<context>
    <name>TeamStoreConfig</name>
    <message>
        <source>The team store must be a postgresql://USER@HOST:PORT/DATABASE URL</source>
        <translation>टीम स्टोर postgresql://USER@HOST:PORT/DATABASE URL होना चाहिए</translation>
    </message>
    <message>
        <source>The team store URL must not carry the password: set it in the keychain or in DIALNEXA_TEAM_STORE_PASSWORD</source>
        <translation>टीम स्टोर URL में पासवर्ड नहीं होना चाहिए: उसे कीचेन में या DIALNEXA_TEAM_STORE_PASSWORD में रखें</translation>
    </message>
    <message>
        <source>The team store URL needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>टीम स्टोर URL को उपयोगकर्ता, होस्ट और डेटाबेस चाहिए: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>Unknown sslmode in the team store URL: %1</source>
        <translation>टीम स्टोर URL में अज्ञात sslmode: %1</translation>
    </message>
    <message>
        <source>The CA file path of the team store must not contain spaces or semicolons</source>
        <translation>टीम स्टोर की CA फ़ाइल के पथ में स्पेस या सेमीकोलन नहीं होने चाहिए</translation>
    </message>
    <message>
        <source>Unknown option in the team store URL: %1</source>
        <translation>टीम स्टोर URL में अज्ञात विकल्प: %1</translation>
    </message>
</context>
<context>
    <name>TeamUploadOffer</name>
    <message>
        <source>Upload</source>
        <translation>अपलोड करें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Sends this computer&apos;s earlier incidents and audit rows to the team store</source>
        <translation>इस कंप्यूटर के पिछले इंसिडेंट और ऑडिट पंक्तियाँ टीम स्टोर को भेजता है</translation>
    </message>
    <message numerus="yes">
        <source>This computer holds %n incident and audit row(s) from before team mode. Upload them so the team sees them?</source>
        <translation>
            <numerusform>इस कंप्यूटर पर टीम मोड से पहले की %n इंसिडेंट और ऑडिट पंक्ति है। क्या इसे अपलोड करें ताकि टीम इसे देख सके?</numerusform>
            <numerusform>इस कंप्यूटर पर टीम मोड से पहले की %n इंसिडेंट और ऑडिट पंक्तियाँ हैं। क्या इन्हें अपलोड करें ताकि टीम इन्हें देख सके?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsProblem</name>
    <message>
        <source>the certificate was issued by an authority this computer does not trust (unknown issuer)</source>
        <translation>सर्टिफ़िकेट ऐसे प्राधिकरण ने जारी किया जिस पर यह कंप्यूटर भरोसा नहीं करता (अज्ञात जारीकर्ता)</translation>
    </message>
    <message>
        <source>the certificate is self-signed (the server vouches for itself)</source>
        <translation>सर्टिफ़िकेट स्व-हस्ताक्षरित है (सर्वर ख़ुद की गारंटी देता है)</translation>
    </message>
    <message>
        <source>the certificate is for another host name (wrong host)</source>
        <translation>सर्टिफ़िकेट किसी दूसरे होस्ट नाम का है (गलत होस्ट)</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>सर्टिफ़िकेट की अवधि ख़त्म हो चुकी है</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>सर्टिफ़िकेट अभी मान्य नहीं है</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>सर्टिफ़िकेट रद्द किया जा चुका है</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>सर्टिफ़िकेट सत्यापित नहीं हो सका</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>If your company inspects secure traffic, ask your IT for the company CA file and add it to the profile (Trusted CA certificates) or pass --ca-file; otherwise someone may be intercepting the connection.</source>
        <translation>अगर आपकी कंपनी सुरक्षित ट्रैफ़िक जाँचती है, तो IT से कंपनी की CA फ़ाइल माँगें और उसे प्रोफ़ाइल (भरोसेमंद CA सर्टिफ़िकेट) में जोड़ें या --ca-file दें; वरना कोई कनेक्शन बीच में पकड़ रहा हो सकता है।</translation>
    </message>
    <message>
        <source>Check the base URL. If it is right, the server or a proxy presents a certificate for another name: tell your IT.</source>
        <translation>बेस URL जाँचें। अगर वह सही है, तो सर्वर या प्रॉक्सी किसी दूसरे नाम का सर्टिफ़िकेट दे रहा है: अपने IT को बताएँ।</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, tell your IT or DialNexa that the certificate is out of date.</source>
        <translation>इस कंप्यूटर की तारीख़ और समय जाँचें; अगर सही हैं, तो IT या DialNexa को बताएँ कि सर्टिफ़िकेट पुराना है।</translation>
    </message>
    <message>
        <source>Tell your IT; the connection cannot be trusted as it is.</source>
        <translation>अपने IT को बताएँ; इस हालत में कनेक्शन पर भरोसा नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार हुआ: %2।</translation>
    </message>
    <message>
        <source>Certificate: subject %1, issuer %2, valid %3, SHA-256 fingerprint %4.</source>
        <translation>सर्टिफ़िकेट: विषय %1, जारीकर्ता %2, मान्य %3, SHA-256 फ़िंगरप्रिंट %4।</translation>
    </message>
    <message>
        <source>Nothing was sent to the server.</source>
        <translation>सर्वर को कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>TlsProblemDialog</name>
    <message>
        <source>Connection not trusted</source>
        <translation>कनेक्शन भरोसेमंद नहीं</translation>
    </message>
    <message>
        <source>The console refused the secure connection to %1 and sent nothing: %2.</source>
        <translation>कंसोल ने %1 से सुरक्षित कनेक्शन अस्वीकार किया और कुछ नहीं भेजा: %2।</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>होस्ट:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>समस्या:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>जारीकर्ता:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>मान्य:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>TrustedCaFile</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>CA फ़ाइल %1 पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 में कोई सर्टिफ़िकेट नहीं है (PEM या DER अपेक्षित)।</translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>DialNexa — live workflows</source>
        <translation>DialNexa — लाइव वर्कफ़्लो</translation>
    </message>
    <message>
        <source>DialNexa Wallboard</source>
        <translation>DialNexa वॉलबोर्ड</translation>
    </message>
    <message>
        <source>Esc or F11 to leave the wallboard</source>
        <translation>वॉलबोर्ड से निकलने के लिए Esc या F11</translation>
    </message>
    <message>
        <source>Nothing needs attention: no paused, unknown or just-changed workflows</source>
        <translation>किसी पर ध्यान की ज़रूरत नहीं: कोई रुका, अज्ञात या अभी बदला वर्कफ़्लो नहीं</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>ध्यान दें (%1)</translation>
    </message>
    <message>
        <source>%1 — just changed</source>
        <translation>%1 — अभी बदला</translation>
    </message>
    <message>
        <source>%1 — status not documented</source>
        <translation>%1 — स्थिति दर्ज नहीं</translation>
    </message>
    <message>
        <source> · list incomplete: counts may be low</source>
        <translation> · सूची अधूरी: गिनती कम हो सकती है</translation>
    </message>
</context>
<context>
    <name>WorkflowActionService</name>
    <message>
        <source>the answer said the workflow is &quot;%1&quot;, not %2</source>
        <translation>उत्तर के अनुसार वर्कफ़्लो &quot;%1&quot; है, %2 नहीं</translation>
    </message>
    <message>
        <source>the answer did not say the workflow&apos;s status</source>
        <translation>उत्तर में वर्कफ़्लो की स्थिति नहीं थी</translation>
    </message>
</context>
<context>
    <name>WorkflowApi</name>
    <message>
        <source>“%1” is not a workflow id: an id cannot be empty, “.” or “..”, or contain “/”. Nothing was sent.</source>
        <translation>“%1” वर्कफ़्लो id नहीं है: id खाली, “.” या “..” नहीं हो सकता, न उसमें “/” हो सकता है। कुछ नहीं भेजा गया।</translation>
    </message>
</context>
<context>
    <name>WorkflowListModel</name>
    <message>
        <source>The server sent no status</source>
        <translation>सर्वर ने कोई स्थिति नहीं भेजी</translation>
    </message>
    <message>
        <source>Server status: %1 (not a documented status; no actions are offered)</source>
        <translation>सर्वर की स्थिति: %1 (दर्ज स्थिति नहीं; कोई कार्रवाई उपलब्ध नहीं)</translation>
    </message>
    <message>
        <source>Server status: %1 (treated as %2)</source>
        <translation>सर्वर की स्थिति: %1 (%2 माना गया)</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>सर्वर की स्थिति: %1</translation>
    </message>
    <message>
        <source>%1 — waiting for the server. Last confirmed: %2</source>
        <translation>%1 — सर्वर की प्रतीक्षा। अंतिम पुष्टि: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Enrolled leads</source>
        <translation>नामांकित लीड</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>नोड</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>एज</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>WorkflowPoller</name>
    <message>
        <source>the workflow list was not complete within the overall deadline of %1 ms; that refresh was abandoned</source>
        <translation>%1 ms की कुल समय-सीमा में वर्कफ़्लो सूची पूरी नहीं हुई; वह रीफ़्रेश छोड़ दिया गया</translation>
    </message>
    <message>
        <source>Polling every %1 s to stay within DialNexa&apos;s rate limit</source>
        <translation>DialNexa की दर सीमा में रहने के लिए हर %1 s पर जाँच</translation>
    </message>
    <message>
        <source>the first load stopped after %1 workflows; the next poll tries again</source>
        <translation>पहली लोडिंग %1 वर्कफ़्लो के बाद रुकी; अगली जाँच फिर कोशिश करेगी</translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation>%2 में से %1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
</context>
<context>
    <name>WorkflowStatus</name>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>WorkflowTableView</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>कॉलम चुनने के लिए राइट-क्लिक करें</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>वर्कफ़्लो</translation>
    </message>
</context>
</TS>
