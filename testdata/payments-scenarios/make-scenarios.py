#!/usr/bin/env python3
"""Writes the labelled payment scenarios: real sample messages from ../data/payments with one or two values changed,
and manifest.jsonl with the expected outcome, hit fields and legal basis of each. Re-run after changing a scenario:
    python3 testdata/payments-scenarios/make-scenarios.py
Every substitution must find its text in the base message (the script stops otherwise), so a scenario is always the
real message plus exactly the change its `change` field describes."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data', 'payments')

# Bases: real samples (see ../data/payments/*/README.md).
A = 'iso20022/pacs.008/cbprplus_c.53.5_pacs.008_AtoB.xml'                    # AU -> SG, 2020-08-05, IntrmyAgt1
B = 'iso20022/pacs.008/fedwire_CustomerCreditTransfer_Variation3_pacs.008.xml'  # ultimate debtor, 2025-03-10
C = 'iso20022/pacs.008/fedwire_CustomerCreditTransfer_Variation4_pacs.008.xml'  # ultimate creditor, 2025-03-10
D = 'iso20022/pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml'  # BE -> BR, Ustrd, 2025-03-10
E = 'iso20022/pacs.009/cbprplus_p.2.3.1.a_pacs.009.cov_AtoB_ns-v11.xml'       # COV, 2022-10-20
F = 'iso20022/pain.001/pyiso20022_pain001_001_08.xml'                         # QA, Ustrd, 2020-06-16
G = 'iso20022/pacs.004/cbprplus_p.2.1.2_pacs.004_CtoB.xml'                    # return, 2021-05-11
H = 'iso20022/pacs.009/fedwire_FICreditTransfer_Scenario1_Step1_pacs.009.xml' # FI transfer, 2025-03-10
M1 = 'swift-mt/mt103/ballerina_p.2.1.1_C_D.fin'       # 50F/59F, 70, 72, 2021-04-09
M2 = 'swift-mt/mt103/ballerina_c.53.5_A_B.fin'        # 56A intermediary, 2020-08-05
M3 = 'swift-mt/mt103/ballerina_custom_a_2014.fin'     # 50K/59 free format, 2025-09-22
M4 = 'swift-mt/mt202/ballerina_p.2.2.1_B_C.fin'       # MT202, 2020-08-03
M5 = 'swift-mt/mt202cov/ballerina_c.29.2.2_A_B.fin'   # MT202 COV, 2022-10-20
M6 = 'swift-mt/mt199/ballerina_p.2.5.2_B_A.fin'       # MT199 narrative
M7 = 'swift-mt/mt101/prowide_SwiftMessageUtilsTest_L208.fin'  # MT101, 2013-11-19

P8 = '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]'
P9 = '/Document/FICdtTrf/CdtTrfTxInf[1]'
PAIN = '/Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[1]'
P4 = '/Document/PmtRtr/TxInf[1]'

FREEZE = {'resolution': '1718', 'paragraph': '8(d)'}
DPRK_BANK = {'resolution': '2270', 'paragraph': '33'}
FIN_SERVICES = {'resolution': '2094', 'paragraph': '11'}

def un(field, value, ref):
    return {'field': field, 'value': value, 'list': 'UN', 'ref': ref}

def kp(field, value):
    """A DPRK link that is not a listing: a BIC of country KP, a KP country code, a DPRK town or port."""
    return {'field': field, 'value': value, 'list': 'DPRK-link', 'ref': 'KP'}

S = []
def scenario(name, base, subs, expected, change, hits=(), basis=()):
    S.append(dict(name=name, base=base, subs=subs, expected=expected, change=change, hits=list(hits), basis=list(basis)))

# ---------------------------------------------------------------- hold: designated parties and DPRK banks
scenario('creditor-kkbc', A, [('Agoda Company', 'KOREA KWANGSON BANKING CORPORATION'), ('30 Cecil Street', 'Jungson-dong, Sungri Street'), ('<pacs:TwnNm>Singapore', '<pacs:TwnNm>Pyongyang'), ('<pacs:Ctry>SG', '<pacs:Ctry>KP')],
         'hold', 'the creditor is the listed DPRK bank KKBC, in Pyongyang',
         [un(P8 + '/Cdtr/Nm', 'KOREA KWANGSON BANKING CORPORATION', 'KPe.025'), kp(P8 + '/Cdtr/PstlAdr/Ctry', 'KP')], [FREEZE])
scenario('mt103-creditor-kkbc', M1, [('1/Evli', '1/KOREA KWANGSON BANKING CORP'), ('3/FI/Helsinki', '3/KP/PYONGYANG')],
         'hold', 'the beneficiary (59F) is KKBC (KPe.025), in Pyongyang',
         [un(':59F: line 2', 'KOREA KWANGSON BANKING CORP', 'KPe.025'), kp(':59F: line 4', 'KP')], [FREEZE])
scenario('ultimate-debtor-designated-person', B, [('<Nm>Corporation Aa</Nm>', '<Nm>RI WON HO</Nm>')],
         'hold', 'the ultimate debtor is a designated person (RI WON HO, KPi.033)',
         [un(P8 + '/UltmtDbtr/Nm', 'RI WON HO', 'KPi.033')], [FREEZE])
scenario('mt103-ordering-customer-designated-person', M1, [('1/C Consumer', '1/JANG BOM SU\r\n4/19581015'), ('3/GB/Epping', '3/GB/Epping')],
         'hold', 'the ordering customer (50F) is a designated person (JANG BOM SU, KPi.016) with a date of birth',
         [un(':50F: line 2', 'JANG BOM SU', 'KPi.016')], [FREEZE])
scenario('intermediary-kp-bic', A, [('<pacs:BICFI>DBSSSGSG</pacs:BICFI>', '<pacs:BICFI>KKBCKPPY</pacs:BICFI>', 2)],
         'hold', 'the intermediary agent is a DPRK bank by its BIC (KKBCKPPY, country KP)',
         [kp(P8 + '/IntrmyAgt1/FinInstnId/BICFI', 'KKBCKPPY')], [DPRK_BANK])
scenario('mt103-intermediary-kp-bic', M2, [(':56A:DBSSSGSG', ':56A:KKBCKPPY')],
         'hold', 'the intermediary (56A) is a DPRK bank by its BIC (KKBCKPPY)',
         [kp(':56A: line 1', 'KKBCKPPY')], [DPRK_BANK])
scenario('cov-creditor-agent-ftb', E, [('<BICFI>CAIXESBB</BICFI>', '<BICFI>FTBDKPPY</BICFI>', 2)],
         'hold', "the underlying creditor's agent is the Foreign Trade Bank (FTB, KPe.047) by its listed BIC",
         [un(P9 + '/UndrlygCstmrCdtTrf/CdtrAgt/FinInstnId/BICFI', 'FTBDKPPY', 'KPe.047')], [FREEZE, DPRK_BANK])
scenario('mt202cov-beneficiary-institution-dcb', M5, [(':58A:GEBABEBBXXX', ':58A:DCBKKPPY')],
         'hold', 'the beneficiary institution (58A) is Daedong Credit Bank (KPe.023) by its listed BIC',
         [un(':58A: line 1', 'DCBKKPPY', 'KPe.023')], [FREEZE, DPRK_BANK])
scenario('mt202-creditor-agent-kudb', M4, [(':57A:HELSFIHHXXX', ':57A:KUDBKPPY')],
         'hold', "the account with institution (57A) is Korea United Development Bank (KPe.033) by its listed BIC",
         [un(':57A: line 1', 'KUDBKPPY', 'KPe.033')], [FREEZE, DPRK_BANK])
scenario('pain001-creditor-komid', F, [('<Nm>Creditor account name</Nm>', '<Nm>KOREA MINING DEVELOPMENT TRADING CORPORATION</Nm>')],
         'hold', 'the creditor is KOMID (KPe.001)',
         [un(PAIN + '/Cdtr/Nm', 'KOREA MINING DEVELOPMENT TRADING CORPORATION', 'KPe.001')], [FREEZE])
scenario('return-creditor-omm', G, [('GB Engineering ', 'OCEAN MARITIME MANAGEMENT COMPANY, LIMITED')],
         'hold', 'the returned payment goes back to Ocean Maritime Management (KPe.020)',
         [un(P4 + '/RtrChain/Cdtr/Pty/Nm', 'OCEAN MARITIME MANAGEMENT COMPANY, LIMITED', 'KPe.020')], [FREEZE])
scenario('mt101-beneficiary-tanchon', M7, [('POLONIA FOO HOTEL', 'TANCHON COMMERCIAL BANK')],
         'hold', 'the beneficiary of an MT101 transaction is Tanchon Commercial Bank (KPe.003, listed 2009)',
         [un('B[1]/:59: line 2', 'TANCHON COMMERCIAL BANK', 'KPe.003')], [FREEZE])
scenario('debtor-daedong', D, [('<Nm>Corporation Z</Nm>', '<Nm>DAEDONG CREDIT BANK</Nm>')],
         'hold', 'the debtor is Daedong Credit Bank (KPe.023)',
         [un(P8 + '/Dbtr/Nm', 'DAEDONG CREDIT BANK', 'KPe.023')], [FREEZE])
scenario('mt103-ordering-institution-ilsim', M1, [(':52A:RBOSGB2LXXX', ':52A:ILSIKPPY')],
         'hold', 'the ordering institution (52A) is Ilsim International Bank (KPe.034) by its listed BIC',
         [un(':52A: line 1', 'ILSIKPPY', 'KPe.034')], [FREEZE, DPRK_BANK])
scenario('ultimate-creditor-ryonbong', C, [('<Nm>Corporation Bb</Nm>', '<Nm>KOREA RYONBONG GENERAL CORPORATION</Nm>')],
         'hold', 'the ultimate creditor is Korea Ryonbong General Corporation (KPe.002)',
         [un(P8 + '/UltmtCdtr/Nm', 'KOREA RYONBONG GENERAL CORPORATION', 'KPe.002')], [FREEZE])
scenario('fi-creditor-daesong-bank', H, [('<Nm>BANK D</Nm>', '<Nm>KOREA DAESONG BANK</Nm>'), ('<TwnNm>Carol Stream</TwnNm>', '<TwnNm>Pyongyang</TwnNm>')],
         'hold', 'the creditor institution of an FI transfer is Korea Daesong Bank (KPe.035)',
         [un(P9 + '/Cdtr/FinInstnId/Nm', 'KOREA DAESONG BANK', 'KPe.035'), kp(P9 + '/Cdtr/FinInstnId/PstlAdr/TwnNm', 'Pyongyang')], [FREEZE, DPRK_BANK])

# ---------------------------------------------------------------- review: names in free text, DPRK links
scenario('remittance-names-kkbc', D, [('Insurance Benefit/Policy XXAB9876/$500000.00', 'Policy XXAB9876 on behalf of KOREA KWANGSON BANKING CORPORATION')],
         'review', 'a listed name inside the unstructured remittance information',
         [un(P8 + '/RmtInf/Ustrd[1]', 'KOREA KWANGSON BANKING CORPORATION', 'KPe.025')], [FREEZE])
scenario('mt103-remittance-names-tanchon', M1, [(':70:/ROC/pacs008EndToEndId-001', ':70:/ROC/pacs008EndToEndId-001\r\nFOR TANCHON COMMERCIAL BANK')],
         'review', 'a listed name in the second line of :70:',
         [un(':70: line 2', 'TANCHON COMMERCIAL BANK', 'KPe.003')], [FREEZE])
scenario('mt103-bank-to-bank-names-koryo-credit', M1, [(':72:/INS/ABNANL2AXXX', ':72:/INS/ABNANL2AXXX\r\n/BNF/ATTN KORYO CREDIT DEVELOPMENT BANK')],
         'review', 'a listed name in the sender-to-receiver information (:72:)',
         [un(':72: line 2', 'KORYO CREDIT DEVELOPMENT BANK', 'KPe.049')], [FREEZE])
scenario('pain001-remittance-names-green-pine', F, [('USD Payment from USD account', 'Parts order, consignee GREEN PINE ASSOCIATED CORPORATION')],
         'review', 'a listed name inside the remittance information of a payment initiation',
         [un(PAIN + '/RmtInf/Ustrd[1]', 'GREEN PINE ASSOCIATED CORPORATION', 'KPe.010')], [FREEZE])
scenario('mt199-narrative-names-kkbc', M6, [('/TEXT//UETR/', '/TEXT/FUNDS FOR KOREA KWANGSON BANKING CORP\r\n/UETR/')],
         'review', 'a listed name in the free-format narrative (:79:) of an MT199',
         [un(':79: line 5', 'KOREA KWANGSON BANKING CORP', 'KPe.025')], [FREEZE])
scenario('mt202-bank-to-bank-names-ftb', M4, [('/BNF/Invoice: 456464-9663', '/BNF/FOREIGN TRADE BANK OF THE DPRK')],
         'review', 'a listed name (Foreign Trade Bank, KPe.047) in :72: of an FI transfer',
         [un(':72: line 2', 'FOREIGN TRADE BANK', 'KPe.047')], [FREEZE])
scenario('creditor-town-nampo', A, [('<pacs:TwnNm>Singapore', '<pacs:TwnNm>Nampo')],
         'review', "the creditor's town is the DPRK port of Nampo while its country says SG",
         [kp(P8 + '/Cdtr/PstlAdr/TwnNm', 'Nampo')], [FIN_SERVICES])
scenario('mt103-free-format-address-pyongyang', M3, [('MACHINERY CO LTD\r\nMACHINERY CO LTD', 'MACHINERY CO LTD\r\nPYONGYANG')],
         'review', "the beneficiary's free-format address (59, no option letter) says PYONGYANG",
         [kp(':59: line 4', 'PYONGYANG')], [FIN_SERVICES])
scenario('creditor-country-kp', D, [('<Ctry>BR</Ctry>', '<Ctry>KP</Ctry>')],
         'review', 'the creditor (a person) has the country code KP',
         [kp(P8 + '/Cdtr/PstlAdr/Ctry', 'KP')], [FIN_SERVICES])
scenario('mt103-ordering-customer-chongjin', M3, [('SHARUK PURA\r\nSRI LANKA', 'SHARUK PURA\r\nCHONGJIN DPRK')],
         'review', "the ordering customer's address (50K) says CHONGJIN DPRK",
         [kp(':50K: line 5', 'CHONGJIN DPRK')], [FIN_SERVICES])
scenario('pain001-creditor-country-kp', F, [('<Ctry>QA</Ctry>', '<Ctry>KP</Ctry>', 2)],
         'review', 'the creditor of a payment initiation has the country code KP',
         [kp(PAIN + '/Cdtr/PstlAdr/Ctry', 'KP')], [FIN_SERVICES])
scenario('cov-underlying-debtor-rason', E, [('<TwnNm>Epping</TwnNm>', '<TwnNm>Rason</TwnNm>')],
         'review', "the underlying debtor's town is Rason (DPRK special economic zone) while its country says GB",
         [kp(P9 + '/UndrlygCstmrCdtTrf/Dbtr/PstlAdr/TwnNm', 'Rason')], [FIN_SERVICES])
scenario('creditor-misspelled-kkbc', C, [('<Nm>Corporation B</Nm>', '<Nm>KOREA KWANGSUN BANKING CORP</Nm>')],
         'review', 'a misspelling of a listed bank (KWANGSUN for KWANGSON) as creditor: a probable hit for a person to confirm',
         [un(P8 + '/Cdtr/Nm', 'KOREA KWANGSUN BANKING CORP', 'KPe.025')], [FREEZE])
scenario('mt103-creditor-variant-person', M2, [('1/Agoda Company', '1/PAK CHOON IL')],
         'review', 'a designated name in another romanisation (PAK CHOON IL for PAK CHUN IL, KPi.029): a probable hit for a person to confirm',
         [un(':59F: line 2', 'PAK CHOON IL', 'KPi.029')], [FREEZE])
scenario('mt202cov-underlying-beneficiary-kp', M5, [('3/RO/Bucharest', '3/KP/Sinuiju')],
         'review', 'the underlying beneficiary (sequence B 59F) is in Sinuiju, KP',
         [kp('B/:59F: line 4', 'KP')], [FIN_SERVICES])

# ---------------------------------------------------------------- pass: South Korea, near names, innocent texts
def seoul(name, base, subs, change):
    scenario(name, base, subs, 'pass', change)

seoul('creditor-seoul-bank', A, [('<pacs:BICFI>UOVBSGSG</pacs:BICFI>', '<pacs:BICFI>KOEXKRSE</pacs:BICFI>'), ('Agoda Company', 'Hana Bank Customer Kim Min-jun'), ('<pacs:TwnNm>Singapore', '<pacs:TwnNm>Seoul'), ('<pacs:Ctry>SG', '<pacs:Ctry>KR')],
      "an innocent payment to a customer of a South Korean bank in Seoul (KOEXKRSE, KR)")
seoul('mt103-creditor-seoul-shinhan', M2, [(':57A:UOVBSGSG', ':57A:SHBKKRSE'), ('1/Agoda Company', '1/SAMSUNG ELECTRONICS CO LTD'), ('3/SG/Singapore', '3/KR/SEOUL')],
      'an MT103 to Samsung Electronics at Shinhan Bank, Seoul')
seoul('creditor-korea-development-bank', C, [('<Nm>Corporation B</Nm>', '<Nm>KOREA DEVELOPMENT BANK</Nm>'), ('<TwnNm>Palm Springs</TwnNm>', '<TwnNm>Seoul</TwnNm>')],
      'the South Korean state bank KDB, near the listed Korea United Development Bank but not it')
seoul('creditor-kwangju-bank', A, [('Agoda Company', 'KWANGJU BANK CO LTD'), ('<pacs:TwnNm>Singapore', '<pacs:TwnNm>Gwangju'), ('<pacs:Ctry>SG', '<pacs:Ctry>KR')],
      'Kwangju Bank (South Korea), a name near the listed Korea Kwangson Banking Corporation')
seoul('mt103-creditor-daesung', M1, [('1/Evli', '1/DAESUNG INDUSTRIAL CO LTD'), ('3/FI/Helsinki', '3/KR/SEOUL')],
      'Daesung Industrial (Seoul), near the listed Korea Daesong Bank / Daesong General Trading')
seoul('ultimate-debtor-korean-person', B, [('<Nm>Corporation Aa</Nm>', '<Nm>KIM YOUNG-SOO</Nm>')],
      'an ultimate debtor with a common South Korean name that no listing carries')
seoul('mt103-ordering-korean-person', M1, [('1/C Consumer', '1/LEE SEO-YEON'), ('3/GB/Epping', '3/KR/BUSAN')],
      'an ordering customer in Busan, South Korea')
seoul('creditor-pyeongtaek', D, [('<TwnNm>Rio de Janeiro</TwnNm>', '<TwnNm>Pyeongtaek</TwnNm>'), ('<Ctry>BR</Ctry>', '<Ctry>KR</Ctry>')],
      'a creditor in Pyeongtaek (South Korea), a town name near Pyongyang')
seoul('mt103-creditor-pyeongchang', M3, [('MACHINERY CO LTD\r\nMACHINERY CO LTD', 'MACHINERY CO LTD\r\nPYEONGCHANG, REPUBLIC OF KOREA')],
      'a beneficiary in Pyeongchang, Republic of Korea')
seoul('remittance-seoul-rent', D, [('Insurance Benefit/Policy XXAB9876/$500000.00', 'Office rent Seoul Gangnam-gu March 2025')],
      'remittance text that mentions Seoul only')
seoul('mt103-remittance-korea-invoice', M1, [(':70:/ROC/pacs008EndToEndId-001', ':70:/INV/KR-2021-0409 KOREA TRADE-INVESTMENT PROMOTION AGENCY')],
      'remittance naming KOTRA, a South Korean agency ("KOREA ... TRADE" words, not listed)')
seoul('pain001-creditor-hyundai', F, [('<Nm>Creditor account name</Nm>', '<Nm>HYUNDAI MOTOR COMPANY</Nm>'), ('<Ctry>QA</Ctry>', '<Ctry>KR</Ctry>', 2)],
      'a payment initiation to Hyundai Motor Company, KR')
seoul('cov-creditor-agent-woori', E, [('<BICFI>CAIXESBB</BICFI>', '<BICFI>HVBKKRSE</BICFI>', 2), ('<Ctry>ES</Ctry>', '<Ctry>KR</Ctry>')],
      "a COV whose underlying creditor's agent is Woori Bank, Seoul (HVBKKRSE)")
seoul('mt202-creditor-agent-kookmin', M4, [(':57A:HELSFIHHXXX', ':57A:CZNBKRSE')],
      'an MT202 to Kookmin Bank, Seoul (CZNBKRSE)')
seoul('mt202cov-kr-beneficiary', M5, [('3/RO/Bucharest', '3/KR/Incheon'), ('1/Ardent Finance', '1/HANWHA OCEAN CO LTD')],
      'an MT202 COV whose underlying beneficiary is Hanwha Ocean, Incheon')
seoul('return-creditor-korean-company', G, [('GB Engineering ', 'KOREA ELECTRIC POWER CORPORATION'), ('<pacs:TwnNm>Cambridge', '<pacs:TwnNm>Naju'), ('<pacs:Ctry>GB', '<pacs:Ctry>KR')],
      'a return to KEPCO, Naju, KR: "KOREA ... CORPORATION" like many listed names, but not listed')
seoul('fi-creditor-ibk', H, [('<Nm>BANK D</Nm>', '<Nm>INDUSTRIAL BANK OF KOREA</Nm>'), ('<TwnNm>Carol Stream</TwnNm>', '<TwnNm>Seoul</TwnNm>')],
      'an FI transfer to the Industrial Bank of Korea, Seoul')
seoul('mt101-beneficiary-korean-hotel', M7, [('POLONIA FOO HOTEL', 'LOTTE HOTEL SEOUL')],
      'an MT101 transaction to Lotte Hotel Seoul')
seoul('mt199-narrative-seoul', M6, [('/TEXT//UETR/', '/TEXT/PLEASE CONTACT OUR SEOUL BRANCH\r\n/UETR/')],
      'an MT199 narrative that mentions a Seoul branch')
seoul('creditor-korean-air', C, [('<Nm>Corporation Bb</Nm>', '<Nm>KOREAN AIR LINES CO LTD</Nm>')],
      'Korean Air as ultimate creditor ("KOREAN ..." like several listed names)')
seoul('debtor-korea-gas', D, [('<Nm>Corporation Z</Nm>', '<Nm>KOREA GAS CORPORATION</Nm>')],
      'KOGAS as debtor')
seoul('mt103-creditor-kumho', M2, [('1/Agoda Company', '1/KUMHO TIRE CO INC'), ('3/SG/Singapore', '3/KR/GWANGJU')],
      'Kumho Tire, Gwangju: "KUMHO" near the listed KUMRYONG / KUMSAN trading names')
seoul('mt103-creditor-posco', M1, [('1/Evli', '1/POSCO INTERNATIONAL CORP'), ('3/FI/Helsinki', '3/KR/INCHEON')],
      'POSCO International, Incheon')
seoul('creditor-korean-person-choi', A, [('Agoda Company', 'CHOI YOUNG-HO'), ('<pacs:Ctry>SG', '<pacs:Ctry>KR')],
      'a South Korean person whose surname (CHOI) is a spelling of the listed CHOE, with given names no listing carries')
seoul('mt103-ordering-park', M2, [('1/Australian Submarine', '1/PARK JI-HOON'), ('3/AU/Adelaide', '3/KR/DAEGU')],
      'an ordering customer PARK JI-HOON in Daegu (the listed PAK names have other given names)')
seoul('ultimate-creditor-seoul-university', C, [('<Nm>Corporation Bb</Nm>', '<Nm>SEOUL NATIONAL UNIVERSITY</Nm>'), ('<TwnNm>New York</TwnNm>', '<TwnNm>Seoul</TwnNm>')],
      'Seoul National University as ultimate creditor')
seoul('pain001-remittance-korean-shipping', F, [('USD Payment from USD account', 'Freight HMM CO LTD Busan to Doha')],
      'remittance naming HMM (a South Korean shipping line): shipping words but no listed name')
seoul('mt202-bank-to-bank-kr', M4, [('/BNF/Invoice: 456464-9663', '/BNF/KEB HANA BANK SEOUL')],
      'an MT202 with :72: naming KEB Hana Bank, Seoul')
seoul('cov-underlying-debtor-korean', E, [('<Nm>A Debiter</Nm>', '<Nm>SK HYNIX INC</Nm>'), ('<TwnNm>Epping</TwnNm>', '<TwnNm>Icheon</TwnNm>'), ('<Ctry>GB</Ctry>', '<Ctry>KR</Ctry>', 1)],
      'a COV whose underlying debtor is SK Hynix, Icheon, KR')
seoul('mt103-free-format-korea', M3, [('SHASHU LANXI SHANYE', 'DOOSAN ENERBILITY CO LTD'), ('MACHINERY CO LTD\r\nMACHINERY CO LTD', 'CHANGWON\r\nKOREA')],
      'a beneficiary in Changwon, "KOREA" alone in a free-format address line')
seoul('sample-pacs008-unchanged', A, [], 'a real pacs.008 unchanged (AU to SG)')
seoul('sample-mt103-unchanged', M1, [], 'a real MT103 unchanged (GB to FI)')

def apply(text, subs, name):
    for sub in subs:
        old, new = sub[0], sub[1]
        nth = sub[2] if len(sub) > 2 else 1
        # MT bases of the Ballerina family use CRLF, the others LF: a '\r\n' in a substitution follows the base.
        if '\r\n' not in text:
            old, new = old.replace('\r\n', '\n'), new.replace('\r\n', '\n')
        count = text.count(old)
        if count < nth:
            sys.exit(f'{name}: "{old}" occurs {count} times, occurrence {nth} wanted')
        at = -1
        for _ in range(nth):
            at = text.index(old, at + 1)
        text = text[:at] + new + text[at + len(old):]
    return text

with open(os.path.join(HERE, 'manifest.jsonl'), 'w', newline='\n') as manifest:
    for i, s in enumerate(S, 1):
        ext = '.xml' if s['base'].endswith('.xml') else '.fin'
        file = f"{i:02d}-{s['expected']}-{s['name']}{ext}"
        with open(os.path.join(DATA, s['base']), newline='') as f:
            text = f.read()
        out = apply(text, s['subs'], s['name'])
        if s['subs'] and out == text:
            sys.exit(f"{s['name']}: no change")
        with open(os.path.join(HERE, file), 'w', newline='') as f:
            f.write(out)
        manifest.write(json.dumps({'file': file, 'base': s['base'], 'change': s['change'], 'expected': s['expected'],
                                   'hits': s['hits'], 'basis': s['basis']}, ensure_ascii=False) + '\n')
counts = {k: sum(1 for s in S if s['expected'] == k) for k in ('pass', 'review', 'hold')}
print(len(S), 'scenarios', counts)
