<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CashoutForm</name>
    <message numerus="yes">
        <source>Fix %n field(s) to enable sending.</source>
        <translation>
            <numerusform>Fix %n field to enable sending.</numerusform>
            <numerusform>Fix %n fields to enable sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateFlow</name>
    <message numerus="yes">
        <source>The journal already has %n cashout(s) to this account for this amount:</source>
        <translation>
            <numerusform>The journal already has %n cashout to this account for this amount:</numerusform>
            <numerusform>The journal already has %n cashouts to this account for this amount:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TuPay&apos;s account list has %n cashout(s) to this document for this amount:</source>
        <translation>
            <numerusform>TuPay&apos;s account list has %n cashout to this document for this amount:</numerusform>
            <numerusform>TuPay&apos;s account list has %n cashouts to this document for this amount:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>%n found and adopted</source>
        <translation>
            <numerusform>%n found and adopted</numerusform>
            <numerusform>%n found and adopted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found yet — looked up again on the next reconcile</source>
        <translation>
            <numerusform>%n not found yet — looked up again on the next reconcile</numerusform>
            <numerusform>%n not found yet — looked up again on the next reconcile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never reached TuPay — select them to resubmit</source>
        <translation>
            <numerusform>%n never reached TuPay — select them to resubmit</numerusform>
            <numerusform>%n never reached TuPay — select them to resubmit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent right now (left alone)</source>
        <translation>
            <numerusform>%n being sent right now (left alone)</numerusform>
            <numerusform>%n being sent right now (left alone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown — the lookup failed; try again later</source>
        <translation>
            <numerusform>%n still unknown — the lookup failed; try again later</numerusform>
            <numerusform>%n still unknown — the lookup failed; try again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked: %1</source>
        <translation>
            <numerusform>%n checked: %1</numerusform>
            <numerusform>%n checked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n open cashout(s).</source>
        <translation>
            <numerusform>Refreshed %n open cashout.</numerusform>
            <numerusform>Refreshed %n open cashouts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n cashout(s)</source>
        <translation>
            <numerusform>%n cashout</numerusform>
            <numerusform>%n cashouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Checked %n cashout(s) whose outcome was unknown.</source>
        <translation>
            <numerusform>Checked %n cashout whose outcome was unknown.</numerusform>
            <numerusform>Checked %n cashouts whose outcome was unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n request in progress</numerusform>
            <numerusform>%n requests in progress</numerusform>
        </translation>
    </message>
</context>
</TS>
