-- The 13 units that spoke at the 16 June 2023 circuit-guidance teleconference (domain.md).
-- A deployment adds or deactivates units through the admin API; these are the default set.
INSERT INTO unit (id, code, name_zh, name_en, kind, created_at, updated_at)
SELECT nextval('unit_seq'), u.code, u.name_zh, u.name_en, u.kind, now(), now()
FROM (VALUES
    (1,  'CC1',  '最高人民法院第一巡回法庭',     'First Circuit Court (Shenzhen)',           'CIRCUIT_COURT'),
    (2,  'CC2',  '最高人民法院第二巡回法庭',     'Second Circuit Court (Shenyang)',          'CIRCUIT_COURT'),
    (3,  'CC3',  '最高人民法院第三巡回法庭',     'Third Circuit Court (Nanjing)',            'CIRCUIT_COURT'),
    (4,  'CC4',  '最高人民法院第四巡回法庭',     'Fourth Circuit Court (Zhengzhou)',         'CIRCUIT_COURT'),
    (5,  'CC5',  '最高人民法院第五巡回法庭',     'Fifth Circuit Court (Chongqing)',          'CIRCUIT_COURT'),
    (6,  'CC6',  '最高人民法院第六巡回法庭',     'Sixth Circuit Court (Xi''an)',             'CIRCUIT_COURT'),
    (7,  'IPC',  '最高人民法院知识产权法庭',     'Intellectual Property Court',              'SPECIALISED_COURT'),
    (8,  'NJC',  '国家法官学院',                 'National Judges College',                  'AFFILIATED_UNIT'),
    (9,  'CIAJ', '中国应用法学研究所',           'China Institute of Applied Jurisprudence', 'AFFILIATED_UNIT'),
    (10, 'PCNM', '人民法院新闻传媒总社',         'People''s Court News Media Corporation',   'AFFILIATED_UNIT'),
    (11, 'PCP',  '人民法院出版社',               'People''s Court Press',                    'AFFILIATED_UNIT'),
    (12, 'OSC',  '最高人民法院机关服务中心',     'Organ Service Centre',                     'AFFILIATED_UNIT'),
    (13, 'ITSC', '人民法院信息技术服务中心',     'People''s Court IT Service Centre',        'AFFILIATED_UNIT')
) AS u (ord, code, name_zh, name_en, kind)
ORDER BY u.ord;

-- The account under which scheduled jobs write ledger entries. It never holds a token.
INSERT INTO account (id, username, display_name, role, unit_id, created_at, updated_at)
VALUES (nextval('account_seq'), 'system', '系统 (scheduled jobs)', 'SYSTEM', NULL, now(), now());
