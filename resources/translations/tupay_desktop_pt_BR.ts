<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>CashoutForm</name>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="151"/>
        <source>New cashout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="163"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="165"/>
        <source>New id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="166"/>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="167"/>
        <source>Generate a new external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="169"/>
        <source>E&amp;xternal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="171"/>
        <source>Beneficiary first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="171"/>
        <source>e.g. Alex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="172"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="173"/>
        <source>Beneficiary last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="173"/>
        <source>e.g. Gonzales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="174"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="178"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="180"/>
        <source>DNI — national id (8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="181"/>
        <source>CE — foreigner&apos;s card (9 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="182"/>
        <source>RUC — taxpayer number (11 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="183"/>
        <source>PASS — passport (12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="190"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="190"/>
        <source>digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="191"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="193"/>
        <source>Bank account (CCI, 20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="193"/>
        <source>20-digit CCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="194"/>
        <source>&amp;CCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="198"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="202"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="203"/>
        <source>S — Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="203"/>
        <source>C — Current (checking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="205"/>
        <source>Account &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="207"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="207"/>
        <source>e.g. 150.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="210"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="211"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="213"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="213"/>
        <source>Peru (PE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="214"/>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="216"/>
        <source>Notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="217"/>
        <source>&amp;Notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="219"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="219"/>
        <source>optional, echoed in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="220"/>
        <source>Co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="230"/>
        <source>Send cashout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="235"/>
        <source>Open settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="236"/>
        <source>Open settings to add credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="258"/>
        <source>Request preview (exact JSON and signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="259"/>
        <source>Show or hide the request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="270"/>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="353"/>
        <source>Send to PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="355"/>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="356"/>
        <source>Send this cashout (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="436"/>
        <source>Outcome still unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="437"/>
        <source>The outcome of the cashout with external id %1 is still unknown. It may have been created. Sending the same cashout again under a new external id could pay the beneficiary twice.

Look it up first. Generate a new id anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="466"/>
        <source>Bank not recognised from the first three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="469"/>
        <source>Named from the CCI&apos;s first three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="498"/>
        <source>Sending… waiting for TuPay&apos;s answer. Do not close the Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="503"/>
        <source>Fix %n field(s) to enable sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="506"/>
        <source>Ready. Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="513"/>
        <source>The preview appears when every field is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="517"/>
        <source>No preview: this environment has no credentials to sign with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_form.py" line="523"/>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashoutView</name>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="105"/>
        <source>cashout_id or external_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="106"/>
        <source>Cashout to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="108"/>
        <source>Digits are read as a cashout_id, anything else as an external_id (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="111"/>
        <source>&amp;Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="112"/>
        <source>cashout_&amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="113"/>
        <source>e&amp;xternal_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="118"/>
        <source>Detect the kind of identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="119"/>
        <source>Look up by cashout_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="120"/>
        <source>Look up by external_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="121"/>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="123"/>
        <source>Cancel lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="124"/>
        <source>Stop waiting for the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="130"/>
        <source>Lookup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="146"/>
        <source>Why lookups are unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="150"/>
        <source>Status meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="151"/>
        <source>Cashout identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="152"/>
        <source>Status description from TuPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="153"/>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="154"/>
        <source>Last refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="155"/>
        <source>Automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="156"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="163"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="164"/>
        <source>Cashout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="165"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="166"/>
        <source>Rejection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="167"/>
        <source>Last refreshed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="168"/>
        <source>Auto refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="170"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="171"/>
        <source>Look the status up again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="173"/>
        <source>Cancel cashout (experimental)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="175"/>
        <source>Ask TuPay to cancel this PENDING cashout. Experimental: the cancel endpoint is documented by D24 only and TuPay may not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="184"/>
        <source>Cashout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="252"/>
        <source>Lookups are unavailable: this environment is not ready (its credentials are missing or it could not be started). Set it up in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="287"/>
        <source>A cashout_id is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="289"/>
        <source>Type a cashout_id or an external_id to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="300"/>
        <source>Lookup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="311"/>
        <source>Cancel cashout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="312"/>
        <source>Cancel cashout %1 (external_id %2)?

The beneficiary will not be paid. This uses an experimental endpoint that TuPay may not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="377"/>
        <source>The lookup failed unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="386"/>
        <source>The cancellation failed unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="406"/>
        <source>Not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="412"/>
        <source>Stopped after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="415"/>
        <source>No answer from TuPay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="420"/>
        <source>Unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="426"/>
        <source>Off — the status is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="432"/>
        <source>Next refresh in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="456"/>
        <source> (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="458"/>
        <source> TuPay&apos;s reason: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="468"/>
        <source>cashout_id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="470"/>
        <source>external_id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/cashout_view.py" line="493"/>
        <source>Cancelling needs both the cashout_id and the external_id: open the cashout from the history or look it up by its external_id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmProductionDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="44"/>
        <source>Confirm a PRODUCTION cashout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="51"/>
        <source>PRODUCTION — real money. Confirming sends this cashout to %1 and pays a real bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="66"/>
        <source>bank not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="67"/>
        <source>Savings (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="67"/>
        <source>Current (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="70"/>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="71"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="72"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="73"/>
        <source>CCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="74"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="75"/>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="82"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="76"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="91"/>
        <source>Type the amount (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="98"/>
        <source>Type the amount to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="108"/>
        <source>Send %1 to PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="112"/>
        <source>Confirm and send to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="114"/>
        <source>Cancel, send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="135"/>
        <source>Amount confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/confirm_dialog.py" line="138"/>
        <source>That is not the amount of this cashout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="43"/>
        <source>The OS keyring is unavailable ({reason}); credentials are kept for this session only and will be forgotten on exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="48"/>
        <source>no keyring backend is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="49"/>
        <source>the keyring is locked or the unlock prompt was dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="50"/>
        <source>only a file-based keyring is configured, and credentials never go into files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="53"/>
        <source>the keyring service could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="54"/>
        <source>the D-Bus Secret Service did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="55"/>
        <source>the keyring reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="61"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="62"/>
        <source>API Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/credentials.py" line="63"/>
        <source>API Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../../tupay_desktop/store/settings.py" line="90"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/settings.py" line="92"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/store/settings.py" line="97"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBar</name>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="33"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="76"/>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="124"/>
        <source>The local sandbox inside the Desk: no real money, no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/environment_bar.py" line="126"/>
        <source>PRODUCTION — real money: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="108"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="109"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="110"/>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="111"/>
        <source>Cashout ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="113"/>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="114"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="115"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="161"/>
        <source>SENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="162"/>
        <source>OUTCOME UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="163"/>
        <source>DECLINED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="164"/>
        <source>NOT CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="165"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="331"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="332"/>
        <source>Open (not final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="337"/>
        <source>Outcome unknown / sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="339"/>
        <source>Declined / not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="366"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="371"/>
        <source>Environment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="372"/>
        <location filename="../../tupay_desktop/ui/history.py" line="483"/>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="373"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="375"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="377"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="378"/>
        <source>To date (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="383"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="388"/>
        <source>Search external_id, cashout_id, beneficiary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="389"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="411"/>
        <source>Cashout history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="431"/>
        <source>Number of cashouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="432"/>
        <source>Refresh open cashouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="433"/>
        <location filename="../../tupay_desktop/ui/history.py" line="471"/>
        <source>Look up the status of every cashout that is not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="435"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="436"/>
        <source>Save the rows matching the filter as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="439"/>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="443"/>
        <source>History message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="469"/>
        <source>Unavailable: this environment is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="525"/>
        <source>Please wait a few seconds before refreshing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="536"/>
        <source>Refreshing open cashouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="544"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="544"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="565"/>
        <source>Exported %1 cashouts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="572"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="575"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history.py" line="592"/>
        <source>%n cashout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/history.py" line="630"/>
        <source>Refreshed %n open cashout(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/history.py" line="638"/>
        <source>The refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="107"/>
        <source>Recent exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="108"/>
        <source>Recent exchanges, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="111"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="112"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="113"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="114"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="115"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="116"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="120"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="121"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="122"/>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="123"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="124"/>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="125"/>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="127"/>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="129"/>
        <source>Copy a shell snippet that replays this request; the credentials are read from $TUPAY_API_KEY, $TUPAY_API_PASSPHRASE and $TUPAY_API_SIGNATURE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="132"/>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="133"/>
        <source>Copy the response body, pretty-printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="141"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="149"/>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="142"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="147"/>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="143"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="148"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="144"/>
        <location filename="../../tupay_desktop/ui/inspector.py" line="146"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="201"/>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="203"/>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="205"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="258"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="279"/>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="282"/>
        <source>TuPay says: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="84"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="84"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="84"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/json_tree.py" line="115"/>
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/json_tree.py" line="117"/>
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="143"/>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="144"/>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="145"/>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="160"/>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/json_tree.py" line="165"/>
        <source>(not JSON — see the raw text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="131"/>
        <source>TuPay Cashout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="181"/>
        <source>Cashout and exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="184"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="198"/>
        <source>Requests in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Cashout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="233"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="237"/>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="241"/>
        <source>Look up a cashout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="282"/>
        <source>Wait for the cashout in flight before switching environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="310"/>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="311"/>
        <source>Sandbox unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="314"/>
        <location filename="../../tupay_desktop/ui/main_window.py" line="315"/>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="319"/>
        <source>Local sandbox at %1 — simulated, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="323"/>
        <source>Requests go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="324"/>
        <source>Reading the credentials from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="359"/>
        <source>%1 has no credentials: add its API Key, Passphrase and Signature in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="375"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="381"/>
        <source>Checked %n cashout(s) whose outcome was unknown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="391"/>
        <source>PRODUCTION — TuPay Cashout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="393"/>
        <source>PRODUCTION — real money. Every cashout sent here pays a real bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="401"/>
        <source>%1 — TuPay Cashout Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="403"/>
        <source>Sandbox — simulated cashouts on this computer. No real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="405"/>
        <source>Staging — TuPay&apos;s test system. No real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="407"/>
        <source>%1 — custom environment at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="434"/>
        <source>Nothing was sent: the journal could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="444"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="447"/>
        <source>The journal already has %n cashout(s) to this account for this amount:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="451"/>
        <source>Send this one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="452"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="462"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="495"/>
        <source>Cancelled — nothing was sent to Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="502"/>
        <source>Sending %1 %2 (external id %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="518"/>
        <source>Created: cashout %1 (external id %2). Its status is followed on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="528"/>
        <source>Not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="533"/>
        <source>Not sent — nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="539"/>
        <source>Outcome unknown — looking it up by external id %1… (%2) Do not send it again under a new id until the lookup answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="552"/>
        <source>Outcome unknown for external id %1; look it up before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="573"/>
        <source>Found it: the cashout with external id %1 was created. Its status is on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="642"/>
        <source>Sandbox not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="651"/>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="652"/>
        <source>Save the API Key, Passphrase and Signature first, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tupay_desktop/ui/main_window.py" line="670"/>
        <source>%n request(s) in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="675"/>
        <source>Keyring unavailable: credentials are session-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="719"/>
        <source>Waiting for the cashout in flight (external id %1) to settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="726"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="756"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/main_window.py" line="757"/>
        <source>The cashout with external id %1 has not settled. It is recorded in the journal as sent with an unknown outcome; the Desk looks it up by its external id the next time it starts. Do not send it again under a new id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="93"/>
        <source>&amp;Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="95"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="101"/>
        <source>Add custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="102"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="319"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="325"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="328"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="337"/>
        <source>Add a custom environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="103"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="104"/>
        <source>Remove the selected custom environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="113"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="116"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="118"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="121"/>
        <source>Default notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="122"/>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="124"/>
        <source>Display &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="125"/>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="126"/>
        <source>Default &amp;notification URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="135"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="136"/>
        <source>Save environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="140"/>
        <source>Credentials (kept in the OS keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="150"/>
        <source>API &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="150"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="151"/>
        <source>API &amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="151"/>
        <source>API Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="152"/>
        <source>API &amp;Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="152"/>
        <source>API Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="156"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="161"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="162"/>
        <source>Save credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="163"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="164"/>
        <source>Clear credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="175"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="177"/>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="178"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="179"/>
        <source>Sends one signed status request with the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="189"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="191"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="192"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="199"/>
        <source>Applies when the Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="269"/>
        <source>runs inside the Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="314"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="319"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="329"/>
        <source>Base URL (https://…, or http:// on this machine only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="347"/>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="348"/>
        <source>Remove the environment %1 and forget its credentials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="368"/>
        <source>Reading the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="376"/>
        <source>No credentials saved for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="378"/>
        <source>Saved in the OS keyring: API Key %1, passphrase and signature set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="382"/>
        <source>Kept for this session only (not in the OS keyring): API Key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="396"/>
        <source>Fill in all three: API Key, Passphrase and Signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="407"/>
        <source>Credentials saved in the OS keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="411"/>
        <source>Credentials kept for this session only: the OS keyring is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="432"/>
        <source>Credentials cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="436"/>
        <source>Cleared for this session; the OS keyring could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="452"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="462"/>
        <source>The test could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/settings_dialog.py" line="471"/>
        <source>Saved. Applies when the Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../tupay_desktop/ui/badges.py" line="79"/>
        <source>Cashout status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BodyView</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="87"/>
        <source>%1 as raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="88"/>
        <source>%1 as JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="89"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="90"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_HeadersTable</name>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="63"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/ui/inspector.py" line="63"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagnosis</name>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="39"/>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="47"/>
        <source>Connection OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="40"/>
        <source>URL, credentials, IP whitelist and signature are all right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="48"/>
        <source>TuPay answered the signed status request, so the URL, credentials, IP whitelist and signature are all right (it unexpectedly reported a cashout for the probe ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="58"/>
        <source>Not a TuPay API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="59"/>
        <source>The server answered, but not like TuPay&apos;s Cashout API. Check the base URL (staging is https://api-stg.tupayonline.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="69"/>
        <source>Host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="70"/>
        <source>The server&apos;s name could not be resolved (DNS). Check the spelling of the base URL and that this machine is connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="80"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="81"/>
        <source>Nothing is listening at this address. Check the host and port of the base URL; for the local sandbox, check that it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="91"/>
        <source>Connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="92"/>
        <source>The server did not accept the connection in time. A firewall or proxy may be blocking it, or the network is down. Try again, or ask IT whether outbound HTTPS to this host is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="104"/>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="105"/>
        <source>The server&apos;s TLS certificate is not trusted by this computer or does not match the host name, so nothing was sent. Check the base URL; if your network inspects HTTPS, ask IT to install its root certificate in the operating system&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="117"/>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="118"/>
        <source>The TLS handshake failed, so nothing was sent. Check that the base URL starts with https:// and points at TuPay&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="128"/>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="129"/>
        <source>The connection to the server could not be opened. Check the base URL and this machine&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="139"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="140"/>
        <source>The server accepted the request but did not answer in time. TuPay may be slow or unavailable; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="150"/>
        <source>Connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="151"/>
        <source>The connection broke before a complete answer arrived. Try again; if it keeps happening, a proxy or firewall may be interfering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="161"/>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="162"/>
        <source>The server answered with something that is not TuPay&apos;s API (for example an error page from a proxy or load balancer). Check the base URL, then try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="172"/>
        <source>Insecure URL refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="173"/>
        <source>Plain http:// is only allowed to this machine (the local sandbox). Use the https:// address of the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="183"/>
        <source>Invalid base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="184"/>
        <source>The base URL is not valid. It should look like https://api-stg.tupayonline.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="191"/>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/diagnosis.py" line="192"/>
        <source>The request failed for an unexpected reason; the technical detail is below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="63"/>
        <source>This code belongs to another country&apos;s payment system and is unexpected for Peru. Contact TuPay support with the cashout ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="71"/>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="72"/>
        <source>TuPay refused a field: its message names the parameter and the problem. Correct that field and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="80"/>
        <source>Signature rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="81"/>
        <source>The Payload-Signature did not match: the API Signature secret stored for this environment is wrong or belongs to another environment (staging vs production). Copy it again from the merchant panel (Settings → API Access, withdrawals credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="89"/>
        <source>Invalid bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="90"/>
        <source>TuPay does not accept the bank of this CCI (its first 3 digits). Check the CCI with the beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="98"/>
        <source>Invalid credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="99"/>
        <source>The API Key or API Passphrase is wrong, or belongs to another environment (staging vs production). Use this environment&apos;s withdrawals (cashout) credentials, not the deposit ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="107"/>
        <source>IP address not whitelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="108"/>
        <source>This machine&apos;s public IP address is not whitelisted. Add it in the TuPay merchant panel under Settings → API Access (Configuración → API, “Retiros”); ask IT for the office&apos;s egress IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="116"/>
        <source>Malformed request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="117"/>
        <source>TuPay could not read the JSON body. This is a fault in this application, not in your data: report it with the request shown in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="125"/>
        <source>Regulatory limit on the beneficiary&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="126"/>
        <source>Regulatory limits on the beneficiary&apos;s account prevent this payout. Do not retry; contact the beneficiary or TuPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="134"/>
        <source>Beneficiary not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="135"/>
        <source>TuPay refused the beneficiary because of their registry (KYC) situation; the reason, if given, says why (for example, underage). Do not retry for this beneficiary; contact TuPay support if you think it is a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="143"/>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="144"/>
        <source>A per-transaction, daily, monthly or per-beneficiary limit would be exceeded (the message says which). Lower the amount, wait for the period to reset, or ask TuPay to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="152"/>
        <source>Cashout not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="153"/>
        <source>TuPay has no cashout with this ID (or external ID) in this environment. Check the ID, and that you are in the right environment (staging vs production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="161"/>
        <source>Not possible in the cashout&apos;s current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="162"/>
        <source>The cashout is no longer pending (for example, it was already delivered to the bank), so it cannot be changed or cancelled. Refresh its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="170"/>
        <source>External ID already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="171"/>
        <source>This external ID was used before. Do not create a new ID: look the cashout up by its external ID — it most likely exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="179"/>
        <source>Insufficient balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="180"/>
        <source>The merchant balance does not cover this cashout. Add funds; on staging, create and approve a test deposit, or ask TuPay integration support (integration@tupaypagos.com) to add funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="188"/>
        <source>Beneficiary blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="189"/>
        <source>The beneficiary is blacklisted, blocked or suspended at TuPay. Do not retry; contact TuPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="197"/>
        <source>Country not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="198"/>
        <source>Cashouts to this country are not enabled for your account. Only Peru (PE) is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="206"/>
        <source>Merchant not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="207"/>
        <source>Your merchant account is not enabled for cashouts in this environment. Contact TuPay integration support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="215"/>
        <source>Credentials not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="216"/>
        <source>TuPay does not accept these credentials for cashouts; they may be disabled. Contact TuPay integration support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="224"/>
        <source>Closed-loop rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="225"/>
        <source>TuPay&apos;s closed-loop policy refused this payout (typically, a user may only be paid to the account or document they deposited from). Check the beneficiary&apos;s details or contact TuPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="233"/>
        <source>Invalid currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="234"/>
        <source>Use PEN or USD, and a currency enabled for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="239"/>
        <source>Amount below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="240"/>
        <source>The amount is below TuPay&apos;s minimum (the message gives it). Increase the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="247"/>
        <location filename="../../tupay_desktop/api/errors.py" line="315"/>
        <source>Cashout could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="248"/>
        <source>TuPay could not make the cashout. Look it up by its external ID before trying again, then contact TuPay integration support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="256"/>
        <source>Account blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="257"/>
        <source>The beneficiary&apos;s bank account is blacklisted. Do not pay to this account; ask the beneficiary for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="265"/>
        <source>Payout method unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="266"/>
        <source>Payouts to this bank (or by this method) are not available at the moment. Try later, or use an account at another bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="274"/>
        <source>Beneficiary email or phone required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="275"/>
        <source>TuPay needs the beneficiary&apos;s email or phone for this payout, and this application does not send them. Contact TuPay integration support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="283"/>
        <source>Email already used by another beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="284"/>
        <source>This email is registered to another beneficiary. Check the beneficiary&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="291"/>
        <source>Phone already used by another beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="292"/>
        <source>This phone number is registered to another beneficiary. Check the beneficiary&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="300"/>
        <source>Invalid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="301"/>
        <source>The phone number is not valid. Check it with the beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="306"/>
        <source>Cashout could not be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="307"/>
        <source>TuPay could not cancel the cashout, usually because it was already delivered to the bank. Refresh its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="316"/>
        <source>TuPay could not make the cashout. Look it up by its external ID before trying again; if it keeps failing, contact TuPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="333"/>
        <source>Invalid bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="334"/>
        <source>The bank says the account does not exist or is wrong. Confirm the CCI with the beneficiary and create a new cashout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="345"/>
        <source>Account closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="346"/>
        <source>The beneficiary&apos;s account is closed. Ask the beneficiary for another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="356"/>
        <source>Invalid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="357"/>
        <source>The bank refused the amount. Check the amount and the account&apos;s currency (PEN or USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="368"/>
        <source>Invalid bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="369"/>
        <source>The bank code is not valid for this payout. Check the first 3 digits of the CCI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="379"/>
        <source>Invalid branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="380"/>
        <source>The branch part of the CCI (digits 4 to 6) is wrong. Confirm the CCI with the beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="391"/>
        <source>Invalid beneficiary document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="392"/>
        <source>The bank did not accept the document number. Check the document type and number with the beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="403"/>
        <source>Name does not match the bank&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="404"/>
        <source>The beneficiary&apos;s name does not match the account holder&apos;s. Use the name exactly as the bank has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="415"/>
        <source>Rejected by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="416"/>
        <source>The bank refused the transfer without a specific reason. Confirm the account details with the beneficiary before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="427"/>
        <source>Rejected for another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="428"/>
        <source>Read the reason text, if there is one. If it is unclear, contact TuPay support with the cashout ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="439"/>
        <source>Cashout expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="440"/>
        <source>The cashout was not completed in time and expired. Create a new cashout if the payment is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="451"/>
        <source>Beneficiary limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="452"/>
        <source>The limit of the beneficiary&apos;s account was exceeded. Lower the amount or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="463"/>
        <source>Bank risk policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="464"/>
        <source>The transfer breaks the bank&apos;s risk policy. Do not retry; contact TuPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="474"/>
        <source>Account blocked or frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="475"/>
        <source>The beneficiary&apos;s account is blocked or frozen. Ask the beneficiary for another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="486"/>
        <source>Document does not match the account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="487"/>
        <source>The document number does not belong to the account holder. Check both with the beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="498"/>
        <source>Invalid PIX key (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="507"/>
        <source>Invalid IFSC code (India)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="516"/>
        <source>Invalid account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="517"/>
        <source>The account number is not valid (the IFSC part of this code applies to India only). Confirm the CCI with the beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="528"/>
        <source>Invalid NBIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="537"/>
        <source>Account cannot receive transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="538"/>
        <source>This account cannot receive transfers. Ask the beneficiary for another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="548"/>
        <source>Invalid account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="549"/>
        <source>The account type (C checking, S savings) does not match the account. Check it and create a new cashout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="560"/>
        <source>Rejected at the merchant&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="561"/>
        <source>The cashout was rejected because your company asked for it. Nothing to do unless that was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="572"/>
        <source>Beneficiary&apos;s monthly limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="573"/>
        <source>The beneficiary has reached their monthly limit. Lower the amount or try again next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="584"/>
        <source>Account name must be in katakana (Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="593"/>
        <source>Rejected by a third-party control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="594"/>
        <source>A compliance control outside TuPay (for example, the bank&apos;s) stopped the transfer. Contact TuPay support before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="605"/>
        <source>Cashout reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="606"/>
        <source>The money came back after the payout (the beneficiary&apos;s bank returned it). Confirm the account details with the beneficiary before paying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="624"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="625"/>
        <source>Accepted by TuPay and not yet sent to the bank; it can still be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="637"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="638"/>
        <source>The money was credited to the beneficiary. Rarely, the beneficiary&apos;s bank still returns it later; the cashout then becomes Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="651"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="652"/>
        <source>Cancelled by the merchant; no money was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="662"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="663"/>
        <source>The bank rejected the cashout (see the rejection reason); the beneficiary was not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="676"/>
        <source>Delivered to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="677"/>
        <source>Sent to the bank and waiting for its answer; it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="689"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="690"/>
        <source>Put on hold by the merchant; it is not processed until it is moved back to Pending. The funds stay reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="708"/>
        <source>Error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="709"/>
        <source>Error without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="710"/>
        <source>This code is not in the catalogue. Send the code and TuPay&apos;s message to TuPay integration support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="714"/>
        <source>Rejected, reason unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="715"/>
        <source>The bank gave no known reason code. Check the reason text, if any, and confirm the details with the beneficiary or TuPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="719"/>
        <source>Status {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="720"/>
        <source>Status code {code} is not documented. Check the cashout in the TuPay merchant panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="723"/>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="724"/>
        <source>TuPay says: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="725"/>
        <source>Reason: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/errors.py" line="726"/>
        <source>Reason: “{text}” (reason code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="56"/>
        <source>Required — this field cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="57"/>
        <source>Too long: {length} characters, at most {max} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="58"/>
        <source>Too long: at most {max} characters allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="59"/>
        <source>Contains invisible control characters (tab, line break…) — retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="62"/>
        <source>Use visible characters only (no tabs, line breaks or other control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="65"/>
        <source>Only Peru is supported: the country must be PE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="66"/>
        <source>Currency must be PEN or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="67"/>
        <source>Enter an amount, e.g. 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="68"/>
        <source>Not a number — use digits with a dot for decimals, e.g. 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="71"/>
        <source>Use a dot for decimals (1250.50); a comma only separates thousands (1,250.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="74"/>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="75"/>
        <source>At most 2 decimals are allowed, e.g. 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="76"/>
        <source>The amount is too large (at most {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="77"/>
        <source>Document type must be DNI, CE, RUC or PASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="78"/>
        <source>Use digits only (0–9), without spaces, dots or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="81"/>
        <source>A {type} number has exactly {digits} digits; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="84"/>
        <source>Too long: a document number has at most {max} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="85"/>
        <source>The CCI has digits only (0–9), without spaces or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="86"/>
        <source>The CCI (interbank account code) has exactly 20 digits; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="89"/>
        <source>CCI check digits do not match — check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="90"/>
        <source>Unknown bank code {code} (the first 3 digits of the CCI) — check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="93"/>
        <source>Account type must be C (checking) or S (savings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="94"/>
        <source>Enter a full web address starting with https:// (or http://), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="97"/>
        <source>Invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tupay_desktop/api/validation.py" line="98"/>
        <source>Starts or ends with a space — check the pasted value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
